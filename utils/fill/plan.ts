import type { Person, PersonFieldKey, Role } from '../schema';
import { isOldTierAddress, splitAddress, successorCandidates } from '../vi/address';
import { foldVi } from '../vi/fold';
import { formatDateFor, matchOption, sexMatches } from './format';
import type { Classified, FieldDescriptor, FillPlan, PlanAction, PlanItem } from './types';

export const KEY_LABELS: Record<PersonFieldKey, string> = {
  idNumber: 'Số định danh',
  oldIdNumber: 'Số CMND',
  fullName: 'Họ và tên',
  dateOfBirth: 'Ngày sinh',
  sex: 'Giới tính',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  nationality: 'Quốc tịch',
  placeOfOrigin: 'Quê quán',
  placeOfBirth: 'Nơi sinh',
  birthRegistrationPlace: 'Nơi đăng ký khai sinh',
  placeOfResidence: 'Nơi thường trú',
  currentAddress: 'Nơi ở hiện tại',
  issueDate: 'Ngày cấp',
  issuePlace: 'Nơi cấp',
  expiryDate: 'Có giá trị đến',
  personalFeatures: 'Đặc điểm nhận dạng',
  phone: 'Số điện thoại',
  email: 'Thư điện tử',
};

export const ROLE_LABELS: Record<Role, string> = {
  applicant: 'Người yêu cầu',
  subject: 'Người được khai sinh/được cấp',
  father: 'Cha',
  mother: 'Mẹ',
  spouse: 'Vợ/chồng',
  deceased: 'Người chết',
  guardian: 'Người giám hộ',
};

export interface PlanOptions {
  /** Fill over values the officer already typed. */
  overwrite?: boolean;
}

type Outcome = PlanAction | { problem: string; candidates?: { value: string; text: string }[] } | undefined;

function dateAction(iso: string, d: FieldDescriptor, c: Classified): Outcome {
  if (!c.part) return d.tag === 'select' ? undefined : { kind: 'text', value: formatDateFor(iso, d), iso };
  const [y, m, day] = iso.split('-').map(Number) as [number, number, number];
  const n = c.part === 'day' ? day : c.part === 'month' ? m : y;
  if (d.tag !== 'select') return { kind: 'text', value: c.part === 'year' ? String(n) : String(n).padStart(2, '0') };
  const opt = d.options.find((o) => Number(o.value) === n) ?? d.options.find((o) => Number(o.text.replace(/\D/g, '')) === n);
  return opt ? { kind: 'select', value: opt.value, label: opt.text } : { problem: `Không có lựa chọn ${n}` };
}

/** The part of an address a field takes; a detail box gets whatever the form's unit selects do not. */
function addressValue(full: string, c: Classified, siblings: Set<string>): string | undefined {
  const parts = splitAddress(full);
  if (c.part === 'ward' || c.part === 'district' || c.part === 'province') return parts[c.part];
  if (!c.part && !siblings.size) return full;
  // A two-tier form (ward select, no district select) has no place for an old district: it is dropped,
  // not pushed into the detail box.
  const rest = [parts.detail, siblings.has('ward') ? undefined : parts.ward, siblings.has('district') || siblings.has('ward') ? undefined : parts.district];
  return rest.filter(Boolean).join(', ') || undefined;
}

/** A custom combobox takes the text to pick from its listbox instead of typed text. */
function actionFor(d: FieldDescriptor, c: Classified, person: Person, siblings: Set<string>): Outcome {
  const out = rawActionFor(d, c, person, siblings);
  if (d.widget === 'combobox' && out && 'kind' in out && out.kind === 'text') return { kind: 'pick', label: out.value };
  return out;
}

function rawActionFor(d: FieldDescriptor, c: Classified, person: Person, siblings: Set<string>): Outcome {
  const raw = person[c.key];
  if (raw === undefined || raw === '') return { problem: `Hồ sơ chưa có ${KEY_LABELS[c.key].toLowerCase()}` };
  const value = String(raw);
  if (c.key === 'sex') {
    const sex = value as 'male' | 'female';
    if (d.type === 'radio' || d.type === 'checkbox') {
      return sexMatches(d.choiceText, sex) || sexMatches(d.value, sex) ? { kind: 'check', checked: true } : undefined;
    }
    if (d.tag === 'select') {
      const opt = d.options.find((o) => sexMatches(o.text, sex)) ?? d.options.find((o) => sexMatches(o.value, sex));
      return opt ? { kind: 'select', value: opt.value, label: opt.text } : { problem: 'Không có lựa chọn giới tính phù hợp' };
    }
    return { kind: 'text', value: sex === 'male' ? 'Nam' : 'Nữ' };
  }
  if (c.key === 'dateOfBirth' || c.key === 'issueDate' || c.key === 'expiryDate') return dateAction(value, d, c);
  let text = value;
  // A two-tier form (ward without district) and an address written in the old three-tier units: the ward
  // may have been merged or renamed, so the officer picks from the likely successors.
  if (c.part === 'ward' && !siblings.has('district') && isOldTierAddress(splitAddress(value)) && d.tag === 'select') {
    const old = splitAddress(value);
    return {
      problem: `Địa chỉ trong hồ sơ theo đơn vị hành chính cũ (${[old.ward, old.district].filter(Boolean).join(', ')}); hãy chọn phường/xã mới`,
      candidates: successorCandidates(d.options, old),
    };
  }
  if (c.key === 'placeOfResidence' || c.key === 'currentAddress' || c.key === 'placeOfOrigin' || c.key === 'placeOfBirth') {
    const part = addressValue(value, c, siblings);
    if (!part) return { problem: `Địa chỉ trong hồ sơ không có ${c.part === 'ward' ? 'phường/xã' : c.part === 'district' ? 'quận/huyện' : 'tỉnh/thành phố'}` };
    text = part;
  }
  if (d.type === 'radio' || d.type === 'checkbox') {
    return foldVi(d.choiceText) === foldVi(text) || foldVi(d.value) === foldVi(text) ? { kind: 'check', checked: true } : undefined;
  }
  if (d.tag === 'select') {
    const opt = matchOption(d.options, text);
    if (opt) return { kind: 'select', value: opt.value, label: opt.text };
    // A child of a cascade (district/ward) gets its options only after the parent is set.
    if (c.part === 'district' || c.part === 'ward') return { kind: 'select', value: '', label: text, pending: true };
    return { problem: `Không có lựa chọn "${text}"` };
  }
  return { kind: 'text', value: text };
}

function alreadyTyped(d: FieldDescriptor): boolean {
  if (d.type === 'radio' || d.type === 'checkbox') return false;
  return d.value.trim() !== '';
}

/** Builds the fill plan as plain data: which value goes into which field, formatted for it. */
export function buildPlan(
  fields: FieldDescriptor[],
  classified: Classified[],
  people: Partial<Record<Role, Person>>,
  opts: PlanOptions = {},
): FillPlan {
  const byRef = new Map(fields.map((f) => [f.ref, f]));
  // Which address keys the form splits into unit parts (then a partless box holds only the detail).
  const partsOf = new Map<string, Set<string>>();
  for (const c of classified) {
    if (c.part && c.part !== 'detail') {
      const k = `${c.role}.${c.key}`;
      partsOf.set(k, (partsOf.get(k) ?? new Set()).add(c.part));
    }
  }
  const plan: FillPlan = { items: [], problems: [] };
  const radioDone = new Set<string>();
  for (const c of classified) {
    const d = byRef.get(c.ref);
    if (!d) continue;
    const person = people[c.role];
    if (!person) {
      // One line per radio group, not per choice.
      if (d.type === 'radio' && radioDone.has(`${c.role}:${d.name}`)) continue;
      if (d.type === 'radio') radioDone.add(`${c.role}:${d.name}`);
      plan.problems.push({ ref: c.ref, key: c.key, role: c.role, reason: `Chưa chọn công dân cho vai trò ${ROLE_LABELS[c.role].toLowerCase()}` });
      continue;
    }
    if (!opts.overwrite && alreadyTyped(d)) {
      plan.problems.push({ ref: c.ref, key: c.key, role: c.role, reason: 'Ô đã có dữ liệu, không ghi đè' });
      continue;
    }
    const out = actionFor(d, c, person, partsOf.get(`${c.role}.${c.key}`) ?? new Set());
    if (!out) continue;
    if ('problem' in out) {
      if (d.type === 'radio' && radioDone.has(d.name)) continue;
      plan.problems.push({ ref: c.ref, key: c.key, role: c.role, reason: out.problem, ...(out.candidates ? { candidates: out.candidates } : {}) });
      continue;
    }
    if (d.type === 'radio') radioDone.add(d.name);
    const item: PlanItem = { ref: c.ref, key: c.key, role: c.role, ...(c.part ? { part: c.part } : {}), action: out };
    plan.items.push(item);
  }
  return plan;
}
