import { foldVi } from './fold';

/**
 * Vietnamese addresses as printed: "Số 12 phố X, Phường Cửa Nam, Thành phố Hà Nội" (2-tier, since 1 July 2025)
 * or "Thôn Y, Xã Z, Huyện W, Tỉnh V" (old 3-tier). Split into units by their prefixes.
 */
export interface AddressParts {
  detail?: string;
  ward?: string;
  district?: string;
  province?: string;
}

const WARD = /^(phuong|xa|thi tran|dac khu)\b/;
const DISTRICT = /^(quan|huyen|thi xa)\b/;
const PROVINCE = /^(tinh|thanh pho|tp\.?)\b/;

/** Unit prefixes a select option or a record may carry; compared without them. */
const PREFIX = /^(tinh|thanh pho|tp\.?|quan|huyen|thi xa|thi tran|xa|phuong|dac khu|p\.|q\.|tx\.)\s+/;

export function unitCore(name: string): string {
  return foldVi(name).replace(/\./g, '. ').replace(/\s+/g, ' ').replace(PREFIX, '').replace(/^tp\s+/, '').trim();
}

export function splitAddress(address: string): AddressParts {
  const parts = address
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const out: AddressParts = {};
  const detail: string[] = [];
  // Walk from the end: the last unit is the province; "Thành phố" before a province is a district-level city.
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i]!;
    const f = foldVi(p);
    if (!out.province && (PROVINCE.test(f) || (i === parts.length - 1 && parts.length > 1))) out.province = p;
    else if (!out.ward && !out.district && PROVINCE.test(f) && out.province) out.district = p;
    else if (!out.district && DISTRICT.test(f)) out.district = p;
    else if (!out.ward && WARD.test(f)) out.ward = p;
    else detail.unshift(p);
  }
  if (detail.length) out.detail = detail.join(', ');
  return out;
}

/** Finds the option naming the same unit, ignoring diacritics, case and prefixes ("TP. Hà Nội" = "Thành phố Hà Nội"). */
export function matchUnit<T extends { text: string; value: string }>(options: T[], unit: string): T | undefined {
  const want = unitCore(unit);
  if (!want) return undefined;
  return (
    options.find((o) => unitCore(o.text) === want) ??
    options.find((o) => foldVi(o.value) === foldVi(unit)) ??
    options.find((o) => unitCore(o.text).length > 2 && (unitCore(o.text).endsWith(want) || want.endsWith(unitCore(o.text))))
  );
}

/**
 * Since 1 July 2025 local government has two tiers (province → ward/commune); before, three (province →
 * district → ward). An address that names a district is written in the old units.
 */
export function isOldTierAddress(parts: AddressParts): boolean {
  return !!parts.district;
}

/**
 * Options of a new-units ward list that may be the successor of an old address: same core name as the
 * old ward or the old district (merged wards often take one of those names). The officer chooses; we
 * never guess between them.
 */
export function successorCandidates<T extends { text: string; value: string }>(options: T[], old: AddressParts): T[] {
  const names = [old.ward, old.district].filter((n): n is string => !!n).map(unitCore).filter(Boolean);
  const seen = new Set<T>();
  for (const n of names) for (const o of options) if (unitCore(o.text) === n || unitCore(o.text).startsWith(n + ' ')) seen.add(o);
  return [...seen];
}

export type UnitWordLevel = 'city' | 'province' | 'district' | 'ward';

/** Unit words as printed (folded), abbreviations included, with the level they announce. */
const UNIT_WORDS: [RegExp, UnitWordLevel][] = [
  [/^(thanh pho|tp\.?)$/, 'city'],
  [/^tinh$/, 'province'],
  [/^(quan|huyen|thi xa|tx\.?|q\.|h\.)$/, 'district'],
  [/^(phuong|xa|thi tran|tt\.?|p\.|dac khu)$/, 'ward'],
];

/**
 * The unit word opening a text ("Thành phố Nha Trang", "Xã Vân Nội"): how many words it takes and its level.
 * "Thành phố" ('city') names a province when it ends an address, a district-level city anywhere else.
 */
export function unitWordAt(text: string): { words: number; level: UnitWordLevel } | undefined {
  const words = text.trim().split(/\s+/);
  for (const n of [2, 1]) {
    if (words.length < n) continue;
    const head = foldVi(words.slice(0, n).join(' '));
    const hit = UNIT_WORDS.find(([re]) => re.test(head));
    if (hit) return { words: n, level: hit[1] };
  }
  return undefined;
}
