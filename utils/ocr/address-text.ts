import { isUnitName } from '../vi/admin-units';
import { unitWordAt } from '../vi/address';
import { isUnitChain } from '../vi/correct-address';
import { foldVi } from '../vi/fold';
import { isNameSyllable } from '../vi/names';
import { provinceEnd } from './places';
import { GAP } from './text';

/**
 * An address as OCR printed it, cleaned: debris from the next column, the English half of bilingual labels,
 * misread punctuation and capitals; joined into one line of units separated by ", ".
 */

/** Lower-case words that belong inside addresses and place names ("huyện Củ Chi", "Trạm Y tế"). */
const LOWER_OK = new Set(
  'huyện xã phường quận thành phố tỉnh thị trấn tế viện sản khoa nhi đa trung tâm số ngõ ngách hẻm đường tổ thôn ấp xóm khu bản khóm khối dân nhân ban ủy lô kiệt đặc'.split(' '),
);

const LOWER_OK_FOLDED = new Set([...LOWER_OK].map((w) => foldVi(w)));

/** Words after which a bare number belongs to the address ("Phường 14", "Tổ 5", "Số 213"). */
const BEFORE_NUMBER = /^(so|to|khu|thon|ap|xom|ngo|ngach|hem|kiet|phuong|quan|doi|lo|khom|khoi|ban|duong|pho|can|nha)$/;

/** English halves of bilingual labels that OCR sometimes leaves in a value. */
const LABEL_WORDS = /^(p[ltiI1|][aeo]c?e|of|o[fƒ7]|origin|resi\S*|r[eé]s\S*ence|birth|b[iưứ]rth|regis\S*|noi|nơi)$/i;

function addressWord(w: string, first: boolean, prev?: string): boolean {
  if (LABEL_WORDS.test(w)) return false;
  if (/^\d+([/.-]\d+)*[A-Za-z]?,?$/.test(w)) return first || (prev !== undefined && BEFORE_NUMBER.test(foldVi(prev))); // 244/18, 14, 5A
  if (/^(TP|TX|TT|Q|P|H)\.$/i.test(w)) return true;
  if (/^[A-Z]$/.test(w)) return !first; // "Vĩnh Lộc A", "Trạm Y tế"; accented single capitals are ornaments
  if (/^\p{Lu}\p{Ll}+$/u.test(w)) return true;
  if (/^\p{Lu}{2,}$/u.test(w)) return first || (prev !== undefined && /^\p{Lu}{2,}$/u.test(prev)); // "SỐ 24", "TỔ 16"; a caps word after mixed case is debris
  // Unit words with a slipped mark ("Thành phó") are still unit words.
  return LOWER_OK.has(w) || LOWER_OK_FOLDED.has(foldVi(w));
}

/**
 * Could this be a Vietnamese syllable (or a Central Highlands name like "Krông", "Đắk", "H'Leo")? OCR debris
 * next to an address often reads as a capitalised non-word ("Eiboeiis"); place names never do.
 */
export function plausibleSyllable(word: string): boolean {
  // Only whole words of letters are judged; abbreviations ("TP."), numbers and short words have their own rules.
  if (!/^\p{L}{4,}$/u.test(word)) return true;
  const f = foldVi(word);
  // Glued words ("Thànhphố") are several syllables: split into at most six.
  const fits = (from: number, left: number): boolean =>
    from === f.length || (left > 0 && [1, 2, 3, 4, 5, 6, 7].some((n) => from + n <= f.length && SYLLABLE.test(f.slice(from, from + n)) && fits(from + n, left - 1)));
  return fits(0, 6);
}

const SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|kr|dr|bl|[bcdghjklmnpqrstvx])?[aeiouy]{1,3}(ng|nh|ch|[cmnptk])?$/;

/**
 * "Hùng vương", "Phường văn chương": OCR lost the capital of a name syllable after a capitalised word or a
 * unit word. Proper names capitalise every syllable, so a known name syllable there gets its capital back.
 */
function capitalisedName(w: string, prev: string | undefined): string {
  // "Hà NỘi": OCR read a lower-case letter with a mark as a capital; the words still name a unit.
  if (prev && /^\p{Lu}\p{Ll}+$/u.test(prev) && /^\p{Lu}\p{Ll}*\p{Lu}+\p{Ll}*$/u.test(w) && isUnitName(`${prev} ${w}`)) {
    return w[0]! + w.slice(1).toLocaleLowerCase('vi');
  }
  if (!prev || !/^\p{Ll}{2,}$/u.test(w) || LOWER_OK.has(w)) return w;
  if (!/^\p{Lu}/u.test(prev) && !LOWER_OK.has(prev)) return w;
  const cap = w[0]!.toLocaleUpperCase('vi') + w.slice(1);
  return isNameSyllable(cap) ? cap : w;
}

/** One printed line of an address: leading debris skipped, stops at the first word that is not address text. */
function cleanAddressLine(line: string): string[] {
  const segs: string[] = [];
  let started = false;
  for (const rawSeg of line.split(/[,;]/)) {
    const words = rawSeg.trim().split(/\s+/).filter(Boolean);
    let kept: string[] = [];
    let broken = false;
    for (const raw of words) {
      if (raw === GAP) {
        // One short word before a wide gap was an ornament of the card ("PỊ ¦ Thành phố…"), not the start.
        if (started && kept.length === 1 && kept[0]!.length <= 3 && segs.length === 0) {
          kept = [];
          started = false;
          continue;
        }
        if (started) {
          broken = true;
          break;
        }
        continue;
      }
      // "…Thành phố Hồ Chí Minh." — a full stop ends the address (abbreviations like "TP." excepted).
      const stop = /^[\p{L}\d]{2,}\.$/u.test(raw) && !/^(TP|TX|TT|Q|P|H)\.$/i.test(raw);
      const w = capitalisedName(stop ? raw.slice(0, -1) : raw, kept.at(-1));
      const ok = (first: boolean, prev?: string) => addressWord(w, first, prev) && plausibleSyllable(w);
      if (!started && !ok(true)) continue;
      if (!ok(kept.length === 0, kept.at(-1))) {
        broken = true;
        break;
      }
      started = true;
      kept.push(w);
      if (stop) {
        broken = true;
        break;
      }
    }
    const seg = kept.join(' ');
    // A lone short word after a comma is debris ("…, CA v. S2").
    if (kept.length >= 2 || /\d/.test(seg) || seg.length >= 3) segs.push(seg);
    if (broken) break;
  }
  return segs;
}

/** Unit words at the start of a unit, as printed; OCR often misplaces their marks ("Tình", "Tố"). */
const UNIT_WORDS: [RegExp, string][] = [
  [/^thanh\s*pho\b/, 'thành phố'],
  [/^thi\s*tran\b/, 'thị trấn'],
  [/^thi\s*xa\b/, 'thị xã'],
  [/^tinh\b/, 'tỉnh'],
  [/^huyen\b/, 'huyện'],
  [/^phuong\b/, 'phường'],
  [/^quan\b/, 'quận'],
  [/^xa\b/, 'xã'],
  [/^to(?= \d)/, 'tổ'],
  [/^so(?= \d)/, 'số'],
];

function normaliseUnit(seg: string): string {
  const folded = foldVi(seg);
  for (const [re, word] of UNIT_WORDS) {
    const m = re.exec(folded);
    if (!m) continue;
    const printed = seg.slice(0, m[0].length);
    if (foldVi(printed) !== m[0]) return seg;
    const cased = /^\p{Lu}/u.test(printed) ? word[0]!.toLocaleUpperCase('vi') + word.slice(1) : word;
    return cased + seg.slice(m[0].length);
  }
  return seg;
}


/**
 * "79c e ö/ bơth n0 ¦ XÃ Vân NỘI": the rest of the English label read as debris, a wide gap, then the value.
 * When the text before a gap names no unit and the text after it opens with one, the value starts there.
 */
function fromUnitAfterGap(line: string): string {
  const pieces = line.split(GAP);
  if (pieces.length < 2 || pieces[0]!.split(/[\s,]+/).some((w) => unitWordAt(w))) return line;
  const at = pieces.findIndex((p, i) => i > 0 && unitWordAt(p));
  return at > 0 ? pieces.slice(at).join(GAP) : line;
}

/** Words OCR ran together: "ThànhphốHồChíMinh" → "Thành phố Hồ Chí Minh". */
function unglue(line: string): string {
  return line
    // "Phường Văn Chương. Quận Đống Đa.": OCR read the commas between units as full stops.
    .replace(/([\p{L}\d]{2,})\.\s+(?=(\S+(?:\s+\S+)?))/gu, (m, a: string, next: string) => (unitWordAt(next) ? `${a}, ` : m))
    // "Phường 1⁄4": OCR's fraction slash inside a number is a stroke of the digit shapes, never printed.
    .replace(/(\d)\u2044(?=\d)/g, '$1')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/\b(Thành|Thị)(phố|trấn|xã)\b/gu, '$1 $2')
    .replace(/,(?=\S)/g, ', ');
}

/** Drops OCR debris around an address, line by line, and joins the units with ", ". */
export function cleanAddress(text: string): string {
  const segs = text
    .split('\n')
    .map(unglue)
    .map(fromUnitAfterGap)
    .flatMap(cleanAddressLine)
    .filter(Boolean)
    // A house number ("5A", "244/18") only opens an address; a lone number after a unit is debris.
    .filter((seg, i) => i === 0 || !/^\d[\w/.-]*$/.test(seg))
    .map(dropLeadingDebris)
    .map(normaliseUnit);
  // The province ends the address: words after it come from the next column.
  for (let i = 0; i < segs.length; i++) {
    const words = segs[i]!.split(' ');
    const end = provinceEnd(words);
    // "TP. Nam Định, Nam Định": a city named like its province is not the end yet.
    const cityNamedLikeProvince = i < segs.length - 1 && /^(thanh pho|tp|thi xa|quan|huyen)\b/.test(foldVi(segs[i]!));
    // "Vĩnh Long, Vĩnh Lộc, Thanh Hóa": a commune named like a province, inside the units that follow it.
    if (end >= 0 && !cityNamedLikeProvince && laterProvinceContains(segs, i)) continue;
    if (end >= 0 && !cityNamedLikeProvince) {
      segs[i] = words.slice(0, end + 1).join(' ');
      segs.length = i + 1;
      break;
    }
  }
  return segs.join(', ');
}

/** A province named again within the next two segments, with every segment between nested in it. */
function laterProvinceContains(segs: string[], i: number): boolean {
  for (let k = i + 1; k <= i + 2 && k < segs.length; k++) {
    const words = segs[k]!.split(' ');
    const end = provinceEnd(words);
    if (end >= 0 && isUnitChain([...segs.slice(i, k), words.slice(0, end + 1).join(' ')])) return true;
  }
  return false;
}

const UNIT_WORD = /^(thanh|thi|huyen|xa|phuong|quan|tinh|tp|tx)$/;

/** "PỊ Thành phố Cam Ranh": a short word before a unit word is debris. */
function dropLeadingDebris(seg: string): string {
  const words = seg.split(' ');
  if (words.length > 2 && words[0]!.length <= 2 && !/\d/.test(words[0]!) && UNIT_WORD.test(foldVi(words[1]!).replace(/\./g, ''))) return words.slice(1).join(' ');
  return seg;
}
