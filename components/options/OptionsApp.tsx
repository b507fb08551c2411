import { useEffect, useState } from 'preact/hooks';
import { countPersons } from '../../utils/store/persons';
import { ExportPersons } from './ExportPersons';
import { ExtraHosts } from './ExtraHosts';
import { ImportPersons } from './ImportPersons';

export function OptionsApp() {
  const [count, setCount] = useState<number | null>(null);
  const refresh = () => void countPersons().then(setCount);
  useEffect(refresh, []);
  return (
    <main style={{ maxWidth: '820px', margin: '0 auto', padding: '16px' }}>
      <h1>Trợ lý Một cửa — Cài đặt và dữ liệu</h1>
      <p class="muted">
        Dữ liệu công dân chỉ lưu trên máy này. {count !== null && `Hiện có ${count} công dân.`}
      </p>
      <ImportPersons onImported={refresh} />
      <ExportPersons />
      <ExtraHosts />
    </main>
  );
}
