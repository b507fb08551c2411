import type { PersonFieldKey, Role, SiteProfile } from '../schema';
import { foldVi } from '../vi/fold';
import { AUTOCOMPLETE, DATE_PART_PATTERNS, LABEL_PATTERNS, NAME_TOKENS, PART_PATTERNS, ROLE_PATTERNS, SECRET_PATTERN } from './lexicon';
import type { Classified, FieldDescriptor, FieldPart } from './types';

const ADDRESS_KEYS = new Set<PersonFieldKey>(['placeOfResidence', 'currentAddress', 'placeOfOrigin', 'placeOfBirth', 'birthRegistrationPlace']);

/** Folded label text; memoised because one form repeats the same labels and sections many times. */
const cleaned = new Map<string, string>();
function clean(text: string): string {
  let out = cleaned.get(text);
  if (out === undefined) {
    out = foldVi(text)
      .replace(/[*:()[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    if (cleaned.size > 5000) cleaned.clear();
    cleaned.set(text, out);
  }
  return out;
}

/** Letters of a name/id attribute without portal prefixes: "txtHoTen" → "hoten", "data[fullname]" → "datafullname". */
export function nameToken(attr: string): string {
  return foldVi(attr)
    .replace(/^(txt|ddl|cbo|cmb|rdo|rad|chk|sel|inp|input|tb|f_|fld)(?=[a-z_])/i, '')
    .replace(/[^a-z]/g, '');
}

export function roleOf(section: string): Role | undefined {
  const s = clean(section);
  if (!s) return undefined;
  for (const [role, re] of ROLE_PATTERNS) if (re.test(s)) return role;
  return undefined;
}

export function keyFromText(text: string): PersonFieldKey | undefined {
  const s = clean(text);
  if (!s || s.length > 120) return undefined;
  for (const [key, re] of LABEL_PATTERNS) if (re.test(s)) return key;
  return undefined;
}

function keyFromName(attr: string): PersonFieldKey | undefined {
  const t = nameToken(attr);
  if (t.length < 3) return undefined;
  for (const [key, re] of NAME_TOKENS) if (re.test(t)) return key;
  return undefined;
}

function datePart(d: FieldDescriptor): FieldPart | undefined {
  for (const text of [...d.labels, d.title, d.placeholder, d.options[0]?.text ?? '']) {
    const s = clean(text);
    for (const [part, re] of DATE_PART_PATTERNS) if (re.test(s)) return part;
  }
  const t = nameToken(d.name || d.id);
  if (/(ngay|day)$/.test(t) && !/sinh|cap/.test(t.slice(-6, -3))) return 'day';
  if (/(thang|month)$/.test(t)) return 'month';
  if (/(nam|year)$/.test(t)) return 'year';
  return undefined;
}

function addressPart(d: FieldDescriptor): FieldPart | undefined {
  for (const text of [...d.labels, d.placeholder, d.title, d.options[0]?.text ?? '']) {
    const s = clean(text);
    if (!s || s.length > 60) continue;
    for (const [part, re] of PART_PATTERNS) if (re.test(s)) return part;
  }
  return undefined;
}

export function isSecretField(d: FieldDescriptor): boolean {
  return SECRET_PATTERN.test(clean([...d.labels, d.name, d.id, d.placeholder, d.title].join(' '))) || d.autocomplete === 'one-time-code';
}

/** Classifies one field by its own texts (no recipe): label → key, else name/id tokens; parts for split fields. */
export function classifyField(d: FieldDescriptor, defaultRole: Role = 'applicant'): Classified | undefined {
  if (isSecretField(d)) return undefined;
  const role = roleOf(d.section) ?? defaultRole;
  const ac = d.autocomplete.toLowerCase().split(/\s+/).pop() ?? '';
  if (AUTOCOMPLETE[ac]) return { ref: d.ref, key: AUTOCOMPLETE[ac], role, source: 'autocomplete' };

  // Split date: selects or short inputs labelled Ngày/Tháng/Năm inside a "Ngày sinh" group.
  const groupKey = d.group ? keyFromText(d.group) : undefined;
  const part = datePart(d);
  if (part && (groupKey === 'dateOfBirth' || groupKey === 'issueDate' || groupKey === 'expiryDate')) {
    return { ref: d.ref, key: groupKey, role, part, source: 'label' };
  }

  let key: PersonFieldKey | undefined;
  let source: Classified['source'] = 'label';
  for (const text of [...d.labels, d.placeholder, d.title]) {
    key = keyFromText(text);
    if (key) break;
  }
  if (!key) {
    key = keyFromName(d.name) ?? keyFromName(d.id);
    source = 'name';
  }
  // Address units: "Tỉnh/Thành phố" under a "Địa chỉ thường trú" section, or a group label.
  const aPart = addressPart(d);
  if (aPart && (!key || ADDRESS_KEYS.has(key) || d.tag === 'select')) {
    const addrKey = key && ADDRESS_KEYS.has(key) ? key : (keyFromText(d.group) ?? keyFromText(d.section));
    if (addrKey && ADDRESS_KEYS.has(addrKey)) return { ref: d.ref, key: addrKey, role, part: aPart, source };
    if (!key) return { ref: d.ref, key: 'placeOfResidence', role, part: aPart, source };
  }
  if (key && part && d.tag === 'select' && (key === 'dateOfBirth' || key === 'issueDate')) return { ref: d.ref, key, role, part, source };
  return key ? { ref: d.ref, key, role, source } : undefined;
}

function recipeMatch(d: FieldDescriptor, selectors: Map<number, { key: string; role?: Role }>): Classified | undefined {
  const hit = selectors.get(d.ref);
  return hit ? { ref: d.ref, key: hit.key as PersonFieldKey, role: hit.role ?? 'applicant', source: 'recipe' } : undefined;
}

/**
 * Classifies every field: recipe > autocomplete > heuristics. Then removes impossible results: two
 * fields claiming the same key, role and part keep only the most explicit (radios of one group excepted).
 */
export function classifyAll(fields: FieldDescriptor[], recipeHits = new Map<number, { key: string; role?: Role }>()): Classified[] {
  const roles = new Set(fields.map((f) => roleOf(f.section)).filter(Boolean));
  const defaultRole: Role = roles.size === 1 ? [...roles][0]! : 'applicant';
  const out: Classified[] = [];
  const seen = new Map<string, Classified>();
  const rank = { recipe: 0, autocomplete: 1, label: 2, name: 3 } as const;
  for (const d of fields) {
    const c = recipeMatch(d, recipeHits) ?? classifyField(d, defaultRole);
    if (!c) continue;
    const radioGroup = d.type === 'radio' || d.type === 'checkbox';
    const dupKey = `${c.role}.${c.key}.${c.part ?? ''}`;
    const prior = radioGroup ? undefined : seen.get(dupKey);
    if (prior && rank[prior.source] <= rank[c.source]) continue;
    if (prior) out.splice(out.indexOf(prior), 1);
    if (!radioGroup) seen.set(dupKey, c);
    out.push(c);
  }
  return out;
}
