import type { PersonInput, Role } from '../schema';
import { foldVi } from '../vi/fold';
import { keyFromText, roleOf } from './classify';
import { isChoice, isSelect, type Control } from './collect';
import { sectionOf } from './label';
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

/** A label and the value printed next to it on a read-only page (dt/dd, table cells, "Nhãn: giá trị"). */
export interface TextPair {
  label: string;
  value: string;
  section: string;
}

const clean = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ').trim();

/**
 * Label/value pairs of a read-only detail page: definition lists, and table rows alternating label
 * cells and value cells. Cells holding controls are the form's business (captureRole), not text.
 */
export function detailPairs(doc: Document | ShadowRoot): TextPair[] {
  const out: TextPair[] = [];
  for (const dt of Array.from(doc.querySelectorAll('dt'))) {
    const dd = dt.nextElementSibling;
    if (dd?.tagName === 'DD' && !dd.querySelector('input, select, textarea')) out.push({ label: clean(dt.textContent), value: clean(dd.textContent), section: sectionOf(dt) });
  }
  for (const tr of Array.from(doc.querySelectorAll('tr'))) {
    const cells = Array.from((tr as HTMLTableRowElement).cells);
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const [l, v] = [cells[i]!, cells[i + 1]!];
      if (l.querySelector('input, select, textarea') || v.querySelector('input, select, textarea')) continue;
      const label = clean(l.textContent);
      if (label && label.length < 80) out.push({ label, value: clean(v.textContent), section: sectionOf(tr) });
    }
  }
  return out.filter((p) => p.value);
}

/** What a read-only detail page shows for one role, in canonical keys (dates to ISO, sex to male/female). */
export function captureText(pairs: TextPair[], role: Role): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of pairs) {
    const key = keyFromText(p.label.replace(/:\s*$/, ''));
    if (!key || out[key] || (roleOf(p.section) ?? 'applicant') !== role) continue;
    if (key === 'sex') out.sex = /^(nam|male)$/.test(foldVi(p.value)) ? 'male' : /^(nu|female)$/.test(foldVi(p.value)) ? 'female' : '';
    else if (key === 'dateOfBirth' || key === 'issueDate' || key === 'expiryDate') out[key] = parseDate(p.value) ?? '';
    else if (key === 'idNumber' || key === 'oldIdNumber' || key === 'phone') out[key] = p.value.replace(/[\s.]/g, '');
    else out[key] = p.value;
  }
  for (const k of Object.keys(out)) if (!out[k]) delete out[k];
  return out;
}
