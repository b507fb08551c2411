import { useEffect, useState } from 'preact/hooks';
import { ProcedureRepo } from '../../utils/dossier/db';
import { describeProcessingTime, LEVEL_VI, parseProceduresJson, TIME_UNIT_VI } from '../../utils/dossier/procedures';
import { procedureSchema, type Procedure } from '../../utils/schema';
import { downloadText } from '../ui/download';

type Unit = Procedure['processingTime']['unit'];
type Level = Procedure['level'];

/** The procedures catalogue: edit, add, remove, import/export JSON. */
export function ProceduresEditor() {
  const repo = new ProcedureRepo();
  const [list, setList] = useState<Procedure[]>([]);
  const [form, setForm] = useState({ code: '', name: '', level: 'commune' as Level, unit: 'workingDays' as Unit, amount: '3', cutoff: '' });
  const [msg, setMsg] = useState<{ text: string; error?: boolean } | null>(null);
  const reload = async () => setList(await repo.list());
  useEffect(() => void reload(), []);

  async function save(e: Event) {
    e.preventDefault();
    const r = procedureSchema.safeParse({
      code: form.code,
      name: form.name,
      level: form.level,
      processingTime: { unit: form.unit, amount: Number(form.amount), cutoff: form.cutoff.trim() || undefined },
    });
    if (!r.success) return setMsg({ text: `Thủ tục chưa hợp lệ ở ${r.error.issues[0]!.path.join('.')}: cần mã, tên, thời hạn là số, giờ chốt dạng HH:MM.`, error: true });
    await repo.put(r.data);
    await reload();
    setMsg({ text: `Đã lưu thủ tục ${r.data.name}.` });
  }

  async function importFile(file: File) {
    try {
      const items = parseProceduresJson(await file.text());
      await repo.replaceAll(items);
      await reload();
      setMsg({ text: `Đã nhập ${items.length} thủ tục.` });
    } catch (err) {
      setMsg({ text: err instanceof Error ? err.message : String(err), error: true });
    }
  }

  const edit = (p: Procedure) =>
    setForm({ code: p.code, name: p.name, level: p.level, unit: p.processingTime.unit, amount: String(p.processingTime.amount), cutoff: p.processingTime.cutoff ?? '' });

  return (
    <div>
      <table class="report">
        <thead>
          <tr>
            <th>Mã</th>
            <th>Tên thủ tục</th>
            <th>Cấp</th>
            <th>Thời hạn</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {list.map((p) => (
            <tr key={p.code}>
              <td>{p.code}</td>
              <td>{p.name}</td>
              <td>{LEVEL_VI[p.level]}</td>
              <td>{describeProcessingTime(p)}</td>
              <td class="row">
                <button onClick={() => edit(p)}>Sửa</button>
                <button onClick={() => void repo.remove(p.code).then(reload)}>Xoá</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form onSubmit={save} class="row" style={{ marginTop: '8px', alignItems: 'flex-end' }}>
        <label class="field">
          <span>Mã</span>
          <input type="text" size={10} value={form.code} onInput={(e) => setForm({ ...form, code: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Tên thủ tục</span>
          <input type="text" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Cấp</span>
          <select value={form.level} onChange={(e) => setForm({ ...form, level: e.currentTarget.value as Level })}>
            {(Object.keys(LEVEL_VI) as Level[]).map((l) => (
              <option key={l} value={l}>
                {LEVEL_VI[l]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Thời hạn</span>
          <input type="text" inputMode="decimal" size={4} value={form.amount} onInput={(e) => setForm({ ...form, amount: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Đơn vị</span>
          <select value={form.unit} onChange={(e) => setForm({ ...form, unit: e.currentTarget.value as Unit })}>
            {(Object.keys(TIME_UNIT_VI) as Unit[]).map((u) => (
              <option key={u} value={u}>
                {TIME_UNIT_VI[u]}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>Giờ chốt (VD 15:00)</span>
          <input type="text" size={5} value={form.cutoff} onInput={(e) => setForm({ ...form, cutoff: e.currentTarget.value })} />
        </label>
        <button class="primary" type="submit">
          Lưu thủ tục
        </button>
      </form>
      <div class="row">
        <label class="field">
          <span>Nhập danh mục (JSON, thay thế danh mục hiện tại)</span>
          <input type="file" accept=".json,application/json" onChange={(e) => e.currentTarget.files?.[0] && void importFile(e.currentTarget.files[0])} />
        </label>
        <button onClick={() => downloadText('danh-muc-thu-tuc.json', JSON.stringify(list, null, 2), 'application/json')}>Xuất danh mục</button>
      </div>
      {msg && <p class={`status ${msg.error ? 'error' : 'ok'}`}>{msg.text}</p>}
    </div>
  );
}
