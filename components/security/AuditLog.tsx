import { useEffect, useState } from 'preact/hooks';
import type { AuditRow } from '../../utils/store/db';
import { listAudit } from '../../utils/store/audit';
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
  function exportCsv() {
    const lines = ['at,action,origin,recordIds,count', ...rows.map((r) => [new Date(r.at).toISOString(), r.action, r.origin ?? '', r.recordIds.join(' '), r.count ?? ''].join(','))];
    downloadText('nhat-ky-thao-tac.csv', '\uFEFF' + lines.join('\n'), 'text/csv');
  }
  return (
    <section class="card">
      <h2>Nhật ký thao tác</h2>
      <button onClick={exportCsv}>Xuất nhật ký (CSV)</button>
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
