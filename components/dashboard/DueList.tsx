import { useEffect, useState } from 'preact/hooks';
import { dossierStatus } from '../../utils/deadline/status';
import { showDateTime, STATUS_VI } from '../../utils/dossier/labels';
import type { Dossier } from '../../utils/schema';

/** Due-soon and overdue dossiers with filters by officer, unit and state. */
export function DueList({
  dossiers,
  now,
  onResolve,
  applicantsOf,
}: {
  dossiers: Dossier[];
  now: number;
  onResolve: (d: Dossier) => void;
  /** Decrypts the applicants of the rows on screen only (names are encrypted at rest). */
  applicantsOf?: (codes: string[]) => Promise<Map<string, string>>;
}) {
  const [officer, setOfficer] = useState('');
  const [unit, setUnit] = useState('');
  const [state, setState] = useState<'' | 'overdue' | 'open'>('');
  const officers = [...new Set(dossiers.map((d) => d.officer).filter(Boolean) as string[])].sort();
  const units = [...new Set(dossiers.map((d) => d.unit).filter(Boolean) as string[])].sort();
  const rows = dossiers.filter((d) => (!officer || d.officer === officer) && (!unit || d.unit === unit) && (!state || dossierStatus(d, now) === state));
  const shown = rows.slice(0, 300);
  const shownKey = shown.map((d) => d.code).join('|');
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    let stale = false;
    void applicantsOf?.(shown.map((d) => d.code)).then((m) => !stale && setNames(m), () => undefined);
    return () => {
      stale = true;
    };
  }, [shownKey, applicantsOf]);
  return (
    <div>
      <div class="row no-print">
        <select value={officer} onChange={(e) => setOfficer(e.currentTarget.value)} aria-label="Lọc theo cán bộ">
          <option value="">Mọi cán bộ</option>
          {officers.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
        <select value={unit} onChange={(e) => setUnit(e.currentTarget.value)} aria-label="Lọc theo đơn vị">
          <option value="">Mọi đơn vị</option>
          {units.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
        <select value={state} onChange={(e) => setState(e.currentTarget.value as typeof state)} aria-label="Lọc theo tình trạng">
          <option value="">Sắp đến hạn và quá hạn</option>
          <option value="overdue">Chỉ quá hạn</option>
          <option value="open">Chỉ sắp đến hạn</option>
        </select>
        <span class="muted">{rows.length} hồ sơ</span>
      </div>
      <table class="report">
        <thead>
          <tr>
            <th>Mã hồ sơ</th>
            <th>Thủ tục</th>
            <th>Người nộp</th>
            <th>Cán bộ</th>
            <th>Hẹn trả</th>
            <th>Tình trạng</th>
            <th class="no-print" />
          </tr>
        </thead>
        <tbody>
          {shown.map((d) => {
            const st = dossierStatus(d, now);
            return (
              <tr key={d.code} class={st === 'overdue' ? 'late' : ''}>
                <td>{d.code}</td>
                <td>{d.procedureName ?? d.procedureCode ?? ''}</td>
                <td>{names.get(d.code) ?? d.applicantName ?? ''}</td>
                <td>{d.officer ?? ''}</td>
                <td>{showDateTime(d.dueAt)}</td>
                <td>{STATUS_VI[st]}</td>
                <td class="no-print">
                  <button onClick={() => onResolve(d)}>Đã trả</button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > 300 && <p class="muted">Hiển thị 300 hồ sơ đầu; dùng bộ lọc để thu hẹp.</p>}
    </div>
  );
}
