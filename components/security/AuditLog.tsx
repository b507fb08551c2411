import { useEffect, useState } from 'preact/hooks';
import type { AuditRow } from '../../utils/store/db';
import { allAudit, auditCsv, listAudit, logAudit } from '../../utils/store/audit';
import { downloadText } from '../ui/download';

const ACTIONS: Record<string, string> = {
  fill: 'Điền biểu mẫu',
  capture: 'Lấy dữ liệu từ trang',
  import: 'Nhập dữ liệu',
  export: 'Xuất dữ liệu',
  delete: 'Xoá',
  restore: 'Khôi phục',
};

/** What happened, when and where — never personal values — for supervisors. */
export function AuditLog() {
  const [rows, setRows] = useState<AuditRow[]>([]);
  useEffect(() => void listAudit(200).then(setRows), []);
  async function exportCsv() {
    // The whole log, not only the rows on screen; the export itself is an audited action.
    const all = await allAudit();
    downloadText(`nhat-ky-thao-tac-${new Date().toISOString().slice(0, 10)}.csv`, auditCsv(all), 'text/csv');
    await logAudit({ action: 'export', recordIds: [], count: all.length, origin: 'audit' });
    setRows(await listAudit(200));
  }
  return (
    <section class="card">
      <h2>Nhật ký thao tác</h2>
      <button onClick={() => void exportCsv()}>Xuất nhật ký (CSV)</button>
      <table style={{ width: '100%', fontSize: '13px', marginTop: '8px' }}>
        <thead>
          <tr>
            <th align="left">Thời điểm</th>
            <th align="left">Thao tác</th>
            <th align="left">Nơi</th>
            <th align="left">Số bản ghi</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{new Date(r.at).toLocaleString('vi-VN')}</td>
              <td>{ACTIONS[r.action] ?? r.action}</td>
              <td>{r.origin ?? ''}</td>
              <td>{r.count ?? r.recordIds.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
