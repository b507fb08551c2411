import { useState } from 'preact/hooks';
import { buildExport } from '../../utils/import/persons';
import { logAudit } from '../../utils/store/audit';
import { listPersons } from '../../utils/store/persons';
import { downloadText } from '../ui/download';

export function ExportPersons() {
  const [msg, setMsg] = useState('');
  async function exportAll() {
    const persons = await listPersons();
    const stamp = new Date().toISOString().slice(0, 10);
    downloadText(`cong-dan-${stamp}.json`, buildExport(persons), 'application/json');
    await logAudit({ action: 'export', recordIds: [], count: persons.length });
    setMsg(`Đã xuất ${persons.length} công dân.`);
  }
  return (
    <section class="card">
      <h2>Xuất dữ liệu</h2>
      <p class="muted">Tệp xuất chứa dữ liệu cá nhân: chỉ lưu ở nơi an toàn và xoá khi không còn cần.</p>
      <button onClick={exportAll}>Xuất toàn bộ công dân (JSON)</button>
      <div role="status" class="status ok">{msg}</div>
    </section>
  );
}
