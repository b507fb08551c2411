import type { PersonInput, Role } from '../schema';
import { foldVi } from '../vi/fold';
import { isChoice, isSelect, type Control } from './collect';
import type { Classified, FieldDescriptor } from './types';

/** Reads a date as portals show it (dd/mm/yyyy, yyyy-mm-dd, d-m-yyyy) into ISO. */
export function parseDate(text: string): string | undefined {
  const t = text.trim();
  let m = t.match(/^(\d{4})-(\d{1,2})-(\d{1,2})/);
  if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  m = t.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (m) return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return undefined;
}

function shownValue(el: Control): string {
  if (isSelect(el)) return el.selectedIndex > 0 || el.value ? (el.selectedOptions[0]?.text ?? '').trim() : '';
  return el.value.trim();
}

/**
 * page → record: what a filled form (or a read-only detail page) shows for one role, in canonical keys.
 * Split dates and address units are joined back.
 */
export function captureRole(fields: FieldDescriptor[], classified: Classified[], elements: Control[], role: Role): PersonInput | undefined {
  const out: Record<string, string> = {};
  const dateParts: Record<string, Record<string, string>> = {};
  const addrParts: Record<string, Record<string, string>> = {};
  for (const c of classified) {
    if (c.role !== role) continue;
    const el = elements[c.ref];
    const d = fields.find((f) => f.ref === c.ref);
    if (!el || !d) continue;
    if (isChoice(el)) {
      if (!el.checked) continue;
      if (c.key === 'sex') {
        const t = foldVi(d.choiceText || el.value);
        out.sex = /^(nam|male|1|m)$/.test(t) ? 'male' : /^(nu|female|2|f)$/.test(t) ? 'female' : '';
      }
      continue;
    }
    const v = shownValue(el);
    if (!v) continue;
    if (c.part === 'day' || c.part === 'month' || c.part === 'year') (dateParts[c.key] ??= {})[c.part] = v.replace(/\D/g, '');
    else if (c.part) (addrParts[c.key] ??= {})[c.part] = v;
    else if (c.key === 'sex') out.sex = /^(nam|male|1|m)$/.test(foldVi(v)) ? 'male' : /^(nu|female|2|f)$/.test(foldVi(v)) ? 'female' : '';
    else if (c.key === 'dateOfBirth' || c.key === 'issueDate' || c.key === 'expiryDate') out[c.key] = parseDate(v) ?? '';
    else out[c.key] = v;
  }
  for (const [key, p] of Object.entries(dateParts)) {
    if (p.day && p.month && p.year) out[key] = `${p.year}-${p.month.padStart(2, '0')}-${p.day.padStart(2, '0')}`;
  }
  for (const [key, p] of Object.entries(addrParts)) {
    const joined = [out[key] ?? p.detail, p.ward, p.district, p.province].filter(Boolean).join(', ');
    if (joined) out[key] = joined;
  }
  for (const k of Object.keys(out)) if (!out[k]) delete out[k];
  if (!out.idNumber && !out.fullName) return undefined;
  return out as unknown as PersonInput;
}
