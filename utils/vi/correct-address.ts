import { matchName, moveTones, units, type Unit } from './admin-units';
import { unitWordAt } from './address';
import { foldVi } from './fold';

/**
 * Corrects the unit names of an address read by OCR against the lexicon, from the province backwards:
 * "Xã Nghĩ Văn, Huyện Nghỉ Lộc, Nghệ" → "Xã Nghi Văn, Huyện Nghi Lộc, Nghệ An". Printed unit words
 * ("Huyện", "TP.") and the house/street part are kept as read; a name is changed only when the unit
 * above it is known and exactly one of its units is that close. An address whose province is not
 * recognised is returned unchanged.
 */
export function correctAddress(address: string): string {
  return resolve(address.split(', ')).parts.join(', ');
}

/**
 * Whether the segments are units nested in the province that ends them ("Vĩnh Long, Vĩnh Lộc, Thanh Hóa":
 * a commune named like a province, then its district and province), every segment recognised.
 */
export function isUnitChain(segs: string[]): boolean {
  const r = resolve([...segs]);
  return r.province && r.matched === segs.length - 1;
}

/**
 * How well an address reads as units of the lexicon: its province recognised, how many units under it were
 * recognised and how many unit-like parts were not. Compares two readings of the same printed address.
 */
export function addressFit(address: string): { province: boolean; matched: number; unmatched: number; ward: boolean } {
  const { province, matched, unmatched, ward } = resolve(address.split(', '));
  return { province, matched, unmatched, ward };
}

function resolve(parts: string[]): { parts: string[]; province: boolean; matched: number; unmatched: number; ward: boolean } {
  const last = parts.length - 1;
  if (last < 0 || !parts[last]) return { parts, province: false, matched: 0, unmatched: 0, ward: false };
  const p = splitPrefix(parts[last]!, 'province');
  const { old, new: now } = units();
  // "…, Huyện Gia Lai": the address was cut before its province; a district is never taken for one.
  const province = p.level === 'province' ? matchName(p.core, [...old, ...now]) : undefined;
  if (!province) return { parts, province: false, matched: 0, unmatched: parts.length, ward: false };
  let matched = 0;
  let unmatched = 0;
  parts[last] = p.prefix + cased(p.core, province.name);
  const oldProvince = old.find((u) => u.name === province.name) ?? (province.name === 'Huế' ? old.find((u) => u.name === 'Thừa Thiên Huế') : undefined);
  const newProvince = now.find((u) => u.name === province.name) ?? (province.name === 'Thừa Thiên Huế' ? now.find((u) => u.name === 'Huế') : undefined);
  const districts = oldProvince?.children ?? [];
  const allWards = [...districts.flatMap((d) => d.children), ...(newProvince?.children ?? [])];

  let district: Unit | undefined;
  for (let i = last - 1; i >= 0 && i >= last - 2; i--) {
    const part = splitPrefix(parts[i]!, i === last - 1 ? 'district' : 'ward');
    if (part.level === 'detail') break;
    let unit: Unit | undefined;
    if (part.level === 'district') unit = district ? undefined : matchName(part.core, districts);
    else if (part.level === 'ward') unit = matchName(part.core, district ? district.children : allWards);
    else if (!district && i === last - 1) unit = matchName(part.core, districts) ?? matchName(part.core, allWards);
    else unit = matchName(part.core, district ? district.children : allWards);
    if (!unit) {
      if (part.level !== 'unknown' || i === last - 1) unmatched++;
      if (part.level === 'district' || (part.level === 'unknown' && i === last - 1)) continue;
      break;
    }
    parts[i] = part.prefix + cased(part.core, unit.name);
    matched++;
    if (districts.includes(unit)) district = unit;
    else return { parts, province: true, matched, unmatched, ward: true }; // the lowest unit: before it, the street or hamlet
  }
  return { parts, province: true, matched, unmatched, ward: false };
}

type Level = 'province' | 'district' | 'ward' | 'detail' | 'unknown';

/** Parts that are a street, hamlet or house number, not a unit. */
const DETAIL = /^(so|to|thon|khu|ap|khoi|ngo|ngach|hem|kiet|xom|ban|doi|lo|khom|duong|pho|tdp|tổ)\b|\d/;

function splitPrefix(part: string, position: 'province' | 'district' | 'ward'): { prefix: string; core: string; level: Level } {
  const spaced = part.replace(/^(TP|TX|TT|Q|P|H)\.(?=\S)/i, '$1. ');
  const words = spaced.split(' ');
  const unit = unitWordAt(spaced);
  if (unit && words.length > unit.words) {
    const n = unit.words;
    const level = unit.level === 'city' ? (position === 'province' ? 'province' : 'district') : unit.level;
    return { prefix: words.slice(0, n).join(' ') + ' ', core: words.slice(n).join(' '), level };
  }
  if (position !== 'province' && DETAIL.test(foldVi(part))) return { prefix: '', core: part, level: 'detail' };
  return { prefix: '', core: part, level: position === 'province' ? 'province' : 'unknown' };
}

/** The lexicon's name in the case the paper prints (upper-case cards), or as read when only tone placement differs. */
function cased(read: string, name: string): string {
  if (read === read.toLocaleUpperCase('vi') && /\p{Lu}{2}/u.test(read)) return name.toLocaleUpperCase('vi');
  return moveTones(read) === moveTones(name) ? read : name;
}
