import { useState } from 'preact/hooks';
import { captureRole, captureText, detailPairs } from '../../utils/fill/capture';
import { KEY_LABELS, ROLE_LABELS } from '../../utils/fill/plan';
import { send } from '../../utils/messaging/client';
import type { PersonSummary } from '../../utils/messaging/protocol';
import type { Person, PersonFieldKey, PersonInput, Role } from '../../utils/schema';
import { readPage } from './fill-session';

type Diff = { key: PersonFieldKey; before?: string; after: string }[];

/** "Lấy dữ liệu từ trang": page → record, new or merged into the citizen with the same number after review. */
export function CapturePanel(props: { roles: Role[] }) {
  const [role, setRole] = useState<Role>(props.roles[0] ?? 'applicant');
  const [captured, setCaptured] = useState<{ fields: PersonInput; existing?: Person; diff: Diff } | null>(null);
  const [message, setMessage] = useState('');

  async function read() {
    setMessage('');
    const page = await readPage();
    // Form controls first; a read-only detail page (dt/dd, table cells) fills in the rest.
    const fromText = captureText(detailPairs(document), role);
    const fromForm = captureRole(page.fields, page.classified, page.elements, role) ?? {};
    const fields = { ...fromText, ...fromForm } as PersonInput;
    if (!fields.idNumber) return setMessage('Không đọc được số định danh của người này trên trang.');
    const found = await send<PersonSummary[]>({ type: 'persons:search', query: fields.idNumber, limit: 1 }).catch(() => []);
    const existing = found[0] ? await send<Person>({ type: 'persons:get', id: found[0].id }) : undefined;
    const diff: Diff = Object.entries(fields)
      .filter(([k, v]) => v && String(existing?.[k as PersonFieldKey] ?? '') !== v)
      .map(([k, v]) => ({ key: k as PersonFieldKey, before: existing ? String(existing[k as PersonFieldKey] ?? '') : undefined, after: String(v) }));
    setCaptured({ fields, existing, diff });
  }

  async function save() {
    if (!captured) return;
    try {
      await send({ type: 'persons:capture', fields: captured.fields, mergeIntoId: captured.existing?.id });
      setMessage(captured.existing ? 'Đã cập nhật hồ sơ công dân.' : 'Đã tạo hồ sơ công dân mới.');
      setCaptured(null);
    } catch (e) {
      setMessage(`Chưa lưu: ${(e as Error).message}`);
    }
  }

  return (
    <div>
      {props.roles.length > 1 && (
        <select aria-label="Vai trò cần lấy" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role)}>
          {props.roles.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      )}
      <button onClick={read}>Đọc dữ liệu trên trang</button>
      {captured && (
        <>
          <p class="muted">{captured.existing ? `Khác với hồ sơ đã có của ${captured.existing.fullName}:` : 'Công dân mới:'}</p>
          <table>
            <tbody>
              {captured.diff.map((d) => (
                <tr key={d.key}>
                  <td>{KEY_LABELS[d.key]}</td>
                  <td>{d.before !== undefined && <s>{d.before || '—'}</s>} {d.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button class="primary" onClick={save} disabled={captured.diff.length === 0}>
            {captured.existing ? 'Cập nhật hồ sơ' : 'Lưu thành hồ sơ mới'}
          </button>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
