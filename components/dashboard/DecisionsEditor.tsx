import { useEffect, useState } from 'preact/hooks';
import { BUILT_IN_DECISIONS, decisionSchema, HOLIDAY_VI, HOLIDAYS, type Decision, type HolidayName } from '../../utils/deadline/holidays';
import { DecisionRepo } from '../../utils/dossier/db';
import { requestDeadlineRefresh } from '../../utils/dossier/refresh';
import { downloadText } from '../ui/download';

const dates = (text: string) => text.split(/[\s,;]+/).map((s) => s.trim()).filter(Boolean);

/** Supervisors' decisions: days off and swapped working Saturdays for any year; import/export JSON. */
export function DecisionsEditor({ onChange }: { onChange: () => void }) {
  const repo = new DecisionRepo();
  const [list, setList] = useState<Decision[]>([]);
  const [year, setYear] = useState(String(new Date().getFullYear() + 1));
  const [holiday, setHoliday] = useState<HolidayName>('tet');
  const [off, setOff] = useState('');
  const [worked, setWorked] = useState('');
  const [note, setNote] = useState('');
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);

  const reload = async () => setList(await repo.list());
  useEffect(() => void reload(), []);
  const changed = async (text: string) => {
    await reload();
    requestDeadlineRefresh();
    onChange();
    setMsg({ text });
  };

  async function add(e: Event) {
    e.preventDefault();
    const r = decisionSchema.safeParse({ year: Number(year), holiday, daysOff: dates(off), workingDays: dates(worked), note: note.trim() || undefined });
    if (!r.success) return setMsg({ text: `Quyết định chưa hợp lệ: ${r.error.issues[0]!.message} (${r.error.issues[0]!.path.join('.')}). Ngày dạng yyyy-mm-dd, cách nhau bởi dấu phẩy.`, error: true });
    await repo.put(r.data);
    await changed(`Đã lưu quyết định ${HOLIDAY_VI[holiday]} ${year}.`);
  }

  async function importFile(file: File) {
    try {
      const n = await repo.importJson(await file.text());
      await changed(`Đã nhập ${n} quyết định.`);
    } catch (err) {
      setMsg({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  }

  return (
    <div>
      <p class="muted">
        Lịch nghỉ đã có sẵn cho {[...new Set(BUILT_IN_DECISIONS.map((d) => d.year))].join(', ')}; các năm khác tính theo Bộ luật Lao động 2019 (Điều 111, 112). Quyết định nhập ở đây thay thế lịch của ngày lễ đó trong năm đó.
      </p>
      <table class="report">
        <thead>
          <tr>
            <th>Năm</th>
            <th>Ngày lễ</th>
            <th>Ngày nghỉ</th>
            <th>Ngày làm bù</th>
            <th>Ghi chú</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((d) => (
            <tr key={`${d.year}:${d.holiday}`}>
              <td>{d.year}</td>
              <td>{HOLIDAY_VI[d.holiday]}</td>
              <td>{d.daysOff.join(', ')}</td>
              <td>{d.workingDays.join(', ')}</td>
              <td>{d.note ?? ''}</td>
              <td>
                <button onClick={() => void repo.remove(d).then(() => changed('Đã xoá quyết định.'))}>Xoá</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={add} class="row" style={{ marginTop: '8px', alignItems: 'flex-end' }}>
        <label class="field">
          <span>Năm</span>
          <input type="text" inputMode="numeric" size={5} value={year} onInput={(e) => setYear(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Ngày lễ</span>
          <select value={holiday} onChange={(e) => setHoliday(e.currentTarget.value as HolidayName)}>
            {HOLIDAYS.map((h) => (
              <option key={h} value={h}>
                {HOLIDAY_VI[h]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Ngày nghỉ (yyyy-mm-dd, …)</span>
          <input type="text" value={off} onInput={(e) => setOff(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Thứ Bảy làm bù</span>
          <input type="text" value={worked} onInput={(e) => setWorked(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Ghi chú</span>
          <input type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <button class="primary" type="submit">
          Lưu quyết định
        </button>
      </form>
      <div class="row">
        <label class="field">
          <span>Nhập tệp quyết định (JSON)</span>
          <input type="file" accept=".json,application/json" onChange={(e) => e.currentTarget.files?.[0] && void importFile(e.currentTarget.files[0])} />
        </label>
        <button onClick={() => downloadText('quyet-dinh-nghi-le.json', JSON.stringify(list, null, 2), 'application/json')}>Xuất tệp quyết định</button>
      </div>
      {msg && <p class={`status ${msg.error ? 'error' : 'ok'}`}>{msg.text}</p>}
    </div>
  );
}
