import { useEffect, useMemo, useState } from 'preact/hooks';
import type { PaperRead } from '../../utils/ocr/contract';
import { DOC_LABELS, diffRecord, mergeRecord, needsAttention, type PersonDraft } from '../../utils/ocr/review';
import { personFieldsSchema, type Person, type PersonFieldKey, type PersonFields } from '../../utils/schema';
import { logAudit } from '../../utils/store/audit';
import { errorMessage } from '../../utils/store/errors';
import { setMeta } from '../../utils/store/meta';
import { findByIdNumber, upsertPersons } from '../../utils/store/persons';
import { PERSON_FORM } from '../sidepanel/person-form';
import { FieldCrop } from './FieldCrop';

const SOURCE_LABEL = { qr: 'mã QR', mrz: 'dòng MRZ', text: 'chữ in' } as const;
const labelOf = (key: string) => PERSON_FORM.find((f) => f.key === key)?.label ?? key;

/** One citizen read from one or more papers: check each field beside its crop, correct, then save or merge. */
export function DraftCard(props: { draft: PersonDraft; reads: PaperRead[] }) {
  const { draft, reads } = props;
  const shown = PERSON_FORM.filter((f) => draft.fields[f.key]);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(shown.map((f) => [f.key, draft.fields[f.key]!.value])),
  );
  const [existing, setExisting] = useState<Person | null>(null);
  const [msg, setMsg] = useState<{ text: string; error: boolean } | null>(null);
  const [savedId, setSavedId] = useState<string | null>(null);
  const [active, setActive] = useState(false);

  const idNumber = values.idNumber?.trim() ?? '';
  useEffect(() => {
    let stale = false;
    if (!/^\d{12}$/.test(idNumber)) {
      setExisting(null);
      return;
    }
    void findByIdNumber(idNumber).then((p) => !stale && setExisting(p ?? null), () => undefined);
    return () => {
      stale = true;
    };
  }, [idNumber, savedId]);

  // Cross-checks each paper reported (QR vs MRZ vs print, number vs birth date and sex), by field.
  const notes = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const r of draft.reads) for (const c of reads[r]?.result.conflicts ?? []) out.set(c.field, [...(out.get(c.field) ?? []), c.message]);
    return out;
  }, [draft, reads]);

  const diff = existing ? diffRecord(existing, values) : [];
  const title = values.fullName || 'Chưa đọc được họ tên';

  async function save(e: Event) {
    e.preventDefault();
    const merged = mergeRecord(existing ?? undefined, values);
    const parsed = personFieldsSchema.safeParse(merged);
    if (!parsed.success) {
      setMsg({ text: `Chưa lưu: ${parsed.error.issues.map((i) => `${labelOf(String(i.path[0]))}: ${i.message}`).join('; ')}`, error: true });
      return;
    }
    try {
      const res = await upsertPersons([parsed.data as PersonFields]);
      await logAudit({ action: 'import', origin: 'ocr', recordIds: res.ids, count: 1 });
      setSavedId(res.ids[0] ?? null);
      setMsg({ text: res.created ? 'Đã lưu hồ sơ công dân mới.' : 'Đã cập nhật hồ sơ công dân.', error: false });
    } catch (err) {
      setMsg({ text: `Chưa lưu: ${errorMessage(err)}`, error: true });
    }
  }

  async function useForFill() {
    if (!savedId) return;
    await setMeta('activePersonId', savedId);
    setActive(true);
  }

  return (
    <form class="card" onSubmit={save} aria-label={`Kết quả đọc: ${title}`} style={{ background: '#fff', border: '1px solid var(--line)', borderRadius: '8px', padding: '12px', margin: '12px 0' }}>
      <h2>{title}</h2>
      <p class="muted">{draft.docTypes.map((d) => DOC_LABELS[d]).join(' + ')}</p>
      {(draft.fatherName || draft.motherName) && (
        <ul class="plain" aria-label="Cha mẹ ghi trên giấy khai sinh">
          {(['father', 'mother'] as const).map((role) => {
            const name = role === 'father' ? draft.fatherName : draft.motherName;
            if (!name) return null;
            const linked = draft.parents.some((p) => p.role === role);
            return (
              <li key={role}>
                {role === 'father' ? 'Cha' : 'Mẹ'}: <strong>{name}</strong>
                {linked ? ' — giấy tờ của người này được đọc cùng lượt' : ''}
              </li>
            );
          })}
          {draft.registrationNumber && <li>Số đăng ký khai sinh: {draft.registrationNumber}{draft.registrationDate ? `, ngày ${draft.registrationDate}` : ''}</li>}
        </ul>
      )}
      {shown.map((f) => {
        const field = draft.fields[f.key as PersonFieldKey]!;
        const read = reads[field.read];
        const warn = needsAttention(field) || (notes.get(f.key)?.length ?? 0) > 0;
        const id = `ocr-${draft.key}-${f.key}`.replace(/[^a-zA-Z0-9-]/g, '-');
        return (
          <div class={`ocr-field${warn ? ' warn' : ''}`} key={f.key}>
            <label class="field" style={{ margin: 0 }}>
              <span>{f.label}</span>
              {f.type === 'sex' ? (
                <select
                  value={values[f.key] ?? ''}
                  aria-describedby={`${id}-meta`}
                  aria-invalid={warn ? 'true' : undefined}
                  onChange={(e) => setValues((v) => ({ ...v, [f.key]: (e.target as HTMLSelectElement).value }))}
                >
                  <option value="">—</option>
                  <option value="male">Nam</option>
                  <option value="female">Nữ</option>
                </select>
              ) : (
                <input
                  type={f.type === 'date' ? 'date' : 'text'}
                  value={values[f.key] ?? ''}
                  aria-describedby={`${id}-meta`}
                  aria-invalid={warn ? 'true' : undefined}
                  onInput={(e) => setValues((v) => ({ ...v, [f.key]: (e.target as HTMLInputElement).value }))}
                />
              )}
            </label>
            <FieldCrop preview={read?.preview} box={field.box} label={f.label} />
            <div id={`${id}-meta`} class="ocr-meta">
              Độ tin cậy {Math.round(field.confidence * 100)}% · từ {SOURCE_LABEL[field.source]}
              {field.confidence < 0.8 ? ' · hãy kiểm tra lại' : ''}
            </div>
            {field.conflicts.map((c) => (
              <p class="ocr-conflict" key={c}>Giấy tờ khác đọc được: “{c}”</p>
            ))}
            {(notes.get(f.key) ?? []).map((m) => (
              <p class="ocr-conflict" key={m}>{m}</p>
            ))}
          </div>
        );
      })}
      {existing && diff.length > 0 && (
        <div>
          <p>Đã có hồ sơ của {existing.fullName} với số này. Những trường sẽ thay đổi:</p>
          <ul class="ocr-diff" aria-label="Khác với hồ sơ đang lưu">
            {diff.map((d) => (
              <li key={d.field}>
                {labelOf(d.field)}: {d.current || '(trống)'} → {d.next}
              </li>
            ))}
          </ul>
        </div>
      )}
      {existing && diff.length === 0 && !savedId && <p class="muted">Hồ sơ đang lưu đã giống hệt giấy tờ này.</p>}
      <div class="row">
        <button type="submit" class="primary">
          {existing ? 'Cập nhật hồ sơ' : 'Lưu hồ sơ công dân'}
        </button>
        {savedId && (
          <button type="button" onClick={useForFill} disabled={active}>
            {active ? 'Đang dùng để điền' : 'Dùng để điền'}
          </button>
        )}
      </div>
      {msg && (
        <div role="status" class={`status ${msg.error ? 'error' : 'ok'}`}>
          {msg.text}
        </div>
      )}
    </form>
  );
}
