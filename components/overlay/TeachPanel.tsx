import { useEffect, useState } from 'preact/hooks';
import { collectFields, type Control } from '../../utils/fill/collect';
import { KEY_LABELS, ROLE_LABELS } from '../../utils/fill/plan';
import { selectorFor } from '../../utils/fill/recipe';
import { send } from '../../utils/messaging/client';
import { PERSON_FIELD_KEYS, ROLES, type PersonFieldKey, type Role, type SiteProfile } from '../../utils/schema';

/** crypto.randomUUID exists only in secure contexts; many portals are still served over plain http. */
function newId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
}

/** Teach mode: the officer clicks a field the heuristics missed and says what it holds; saved per site. */
export function TeachPanel() {
  const [target, setTarget] = useState<Control | null>(null);
  const [key, setKey] = useState<PersonFieldKey>('fullName');
  const [role, setRole] = useState<Role>('applicant');
  const [message, setMessage] = useState('Bấm vào ô trên trang mà trợ lý chưa nhận ra.');

  useEffect(() => {
    const { elements } = collectFields(document);
    const onClick = (e: Event) => {
      const el = e.composedPath().find((n) => elements.includes(n as Control)) as Control | undefined;
      if (el) {
        setTarget(el);
        setMessage(`Đã chọn ô "${el.name || el.id || el.tagName.toLowerCase()}".`);
      }
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, []);

  async function save() {
    if (!target) return;
    try {
      await saveTaught(target);
    } catch (e) {
      setMessage(`Chưa lưu được: ${(e as Error).message}`);
    }
  }

  async function saveTaught(target: Control) {
    const existing = await send<SiteProfile[]>({ type: 'recipes:forUrl', url: location.href }).catch(() => []);
    const base = existing.find((p) => p.pathPattern === location.pathname);
    const selector = selectorFor(target);
    const profile: SiteProfile = {
      id: base?.id ?? newId(),
      origin: location.origin,
      pathPattern: location.pathname,
      fields: [...(base?.fields ?? []).filter((f) => f.selector !== selector), { selector, key, role }],
      updatedAt: Date.now(),
    };
    await send({ type: 'recipes:save', profile });
    setMessage(`Đã lưu: ô này là "${KEY_LABELS[key]}" của ${ROLE_LABELS[role].toLowerCase()}. Lần sau sẽ được điền.`);
  }

  return (
    <div>
      <p class="muted" role="status">
        {message}
      </p>
      <label for="troly-teach-key">Ô này chứa</label>
      <select id="troly-teach-key" value={key} onChange={(e) => setKey((e.target as HTMLSelectElement).value as PersonFieldKey)}>
        {PERSON_FIELD_KEYS.map((k) => (
          <option key={k} value={k}>
            {KEY_LABELS[k]}
          </option>
        ))}
      </select>
      <label for="troly-teach-role">Của</label>
      <select id="troly-teach-role" value={role} onChange={(e) => setRole((e.target as HTMLSelectElement).value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button class="primary" disabled={!target} onClick={save}>
        Lưu trường đã dạy
      </button>
    </div>
  );
}
