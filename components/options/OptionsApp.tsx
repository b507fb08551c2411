import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { countPersons } from '../../utils/store/persons';
import { AuditLog } from '../security/AuditLog';
import { BackupRestore } from '../security/BackupRestore';
import { RetentionNotice } from '../security/RetentionNotice';
import { SecuritySettings } from '../security/SecuritySettings';
import { WriteNotice } from '../security/WriteNotice';
import { ExportPersons } from './ExportPersons';
import { ExtraHosts } from './ExtraHosts';
import { ImportPersons } from './ImportPersons';
import { Recipes } from './Recipes';

export function OptionsApp() {
  const [count, setCount] = useState<number | null>(null);
  const refresh = () => void countPersons().then(setCount);
  useEffect(refresh, []);
  return (
    <main style={{ maxWidth: '820px', margin: '0 auto', padding: '16px' }}>
      <h1>{t('optionsTitle', 'Trợ lý Một cửa — Cài đặt và dữ liệu')}</h1>
      <p class="muted">
        {t('dataStaysHere', 'Dữ liệu công dân chỉ lưu trên máy này.')}{' '}
        {count !== null && t('citizenCount', `Hiện có ${count} công dân.`, [String(count)])}
      </p>
      <WriteNotice />
      <RetentionNotice />
      <ImportPersons onImported={refresh} />
      <ExportPersons />
      <BackupRestore />
      <SecuritySettings />
      <ExtraHosts />
      <Recipes />
      <AuditLog />
    </main>
  );
}
