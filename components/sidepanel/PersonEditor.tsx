import { useState } from 'preact/hooks';
import type { Person, PersonInput } from '../../utils/schema';
import { exportCitizen } from '../../utils/store/citizen-export';
import { eraseCitizen } from '../../utils/store/erase';
import { updatePerson } from '../../utils/store/persons';
import { downloadText } from '../ui/download';
import { PERSON_FORM } from './person-form';

/** View and edit one record; invalid edits are refused with the field's reason and nothing is saved. */
export function PersonEditor(props: { person: Person; onSaved: (p: Person) => void; onClose: () => void; onDeleted?: () => void }) {
  const [draft, setDraft] = useState<Record<string, string>>(() =>
    Object.fromEntries(PERSON_FORM.map((f) => [f.key, String(props.person[f.key] ?? '')])),
  );
  const [msg, setMsg] = useState<{ text: string; error: boolean } | null>(null);

  const set = (key: string, value: string) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(e: Event) {
    e.preventDefault();
    try {
      const saved = await updatePerson(props.person.id, draft as PersonInput);
      setMsg({ text: 'Đã lưu.', error: false });
      props.onSaved(saved);
    } catch (err) {
      const issues = (err as { issues?: { path: (string | number)[]; message: string }[] }).issues;
      const text = issues
        ? issues.map((i) => `${PERSON_FORM.find((f) => f.key === i.path[0])?.label ?? i.path.join('.')}: ${i.message}`).join('; ')
        : err instanceof Error
          ? err.message
          : String(err);
      setMsg({ text: `Chưa lưu: ${text}`, error: true });
    }
  }

  async function remove() {
    if (!confirm(`Xoá toàn bộ dữ liệu của ${props.person.fullName} trên máy này? Không thể hoàn tác.`)) return;
    await eraseCitizen(props.person.id);
    props.onDeleted?.();
    props.onClose();
  }

  // Everything held about this citizen: record, drafts, dossiers, audit entries (exportCitizen logs the export).
  async function exportOne() {
    const text = await exportCitizen(props.person.id);
    if (text) downloadText(`cong-dan-${props.person.idNumber}.json`, text, 'application/json');
  }

  return (
    <form onSubmit={save} aria-label="Hồ sơ công dân">
      {PERSON_FORM.map((f) => (
        <label class="field" key={f.key}>
          <span>{f.label}</span>
          {f.type === 'sex' ? (
            <select value={draft[f.key]} onChange={(e) => set(f.key, (e.target as HTMLSelectElement).value)}>
              <option value="">—</option>
              <option value="male">Nam</option>
              <option value="female">Nữ</option>
            </select>
          ) : f.type === 'textarea' ? (
            <textarea rows={2} value={draft[f.key]} onInput={(e) => set(f.key, (e.target as HTMLTextAreaElement).value)} />
          ) : (
            <input
              type={f.type === 'date' ? 'date' : 'text'}
              value={draft[f.key]}
              onInput={(e) => set(f.key, (e.target as HTMLInputElement).value)}
            />
          )}
        </label>
      ))}
      <div class="row">
        <button type="submit" class="primary">Lưu</button>
        <button type="button" onClick={props.onClose}>Đóng</button>
        <button type="button" onClick={exportOne}>Xuất dữ liệu của công dân này</button>
        <button type="button" onClick={remove}>Xoá công dân</button>
      </div>
      {msg && (
        <div role="status" class={`status ${msg.error ? 'error' : 'ok'}`}>
          {msg.text}
        </div>
      )}
    </form>
  );
}
