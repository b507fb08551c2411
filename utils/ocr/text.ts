import { foldVi } from '../vi/fold';
import { correctFullName } from '../vi/names';

/** Line-oriented reading of OCR text: labels are found without diacritics, values keep theirs. */

/** Folds a string keeping a map from each folded character back to the original index. */
function foldWithMap(line: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < line.length; i++) {
    const f = foldVi(line[i]!) || (line[i] === ' ' ? ' ' : '');
    for (const ch of f) {
      folded += ch;
      map.push(i);
    }
  }
  return { folded, map };
}

/** Marks a wide horizontal gap inside an OCR line: another column (QR area, photo, ornament) begins. */
export const GAP = '¦';

/**
 * Page text rebuilt from OCR lines, with GAP between words far apart, so values stop where their column
 * ends instead of running into the debris OCR finds in the next one.
 */
export function textWithGaps(lines: { text: string; bbox: { y0: number; y1: number }; words?: { text: string; bbox: { x0: number; x1: number } }[] }[]): string {
  return lines
    .map((l) => {
      if (!l.words?.length) return l.text.trim();
      const h = Math.max(8, l.bbox.y1 - l.bbox.y0);
      let out = '';
      let lastX = -Infinity;
      for (const w of l.words) {
        if (out) out += w.bbox.x0 - lastX > h * 2 ? ` ${GAP} ` : ' ';
        out += w.text;
        lastX = w.bbox.x1;
      }
      return out;
    })
    .join('\n');
}

export interface Lines {
  raw: string[];
  folded: string[];
}

export function toLines(text: string): Lines {
  const raw = text
    .normalize('NFC')
    .split('\n')
    // "Họ,chữ đệm" → "Họ, chữ đệm": labels are matched with their usual spacing.
    .map((l) => l.replace(/(\p{L}),(?=\p{L})/gu, '$1, ').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { raw, folded: raw.map((l) => foldWithMap(l).folded) };
}

/** Text after a label on its line (after the colon that closes "Vietnamese / English:" labels). */
export function valueAfter(lines: Lines, label: RegExp, opts: { nextIfEmpty?: boolean } = {}): { value: string; line: number } | undefined {
  for (let i = 0; i < lines.raw.length; i++) {
    const { folded, map } = foldWithMap(lines.raw[i]!);
    const m = label.exec(folded);
    if (!m) continue;
    let end = map[m.index + m[0].length - 1]! + 1;
    const rest = lines.raw[i]!.slice(end);
    const colon = rest.search(/[:;]/);
    // English half of bilingual labels: skip to the colon when it is close.
    // …but not past the value itself ("tên người chaa NGUYỄN MINH ĐÔNG ¦ 9;").
    if (colon >= 0 && colon < 60 && !/\p{Lu}{2,}|\d/u.test(rest.slice(0, colon))) end += colon + 1;
    const value = lines.raw[i]!.slice(end).trim();
    if (value || !opts.nextIfEmpty) return { value, line: i };
    if (lines.raw[i + 1]) return { value: lines.raw[i + 1]!, line: i + 1 };
  }
  return undefined;
}

export const DATE_RE = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;

/** A dd/mm/yyyy date in OCR text, tolerant of common misreads (O→0, l→1, J→/). */
export function findDate(text: string): string | undefined {
  // Slashes read as J, I, l or | between digit groups ("24J03I1993") before I/l become ones.
  const sep = text.replace(/[Oo]/g, '0').replace(/(\d{1,2})\s*[JIl|]\s*(\d{1,2})\s*[JIl|/.-]\s*(\d{4})/, '$1/$2/$3');
  const t = sep.replace(/[lI|]/g, '1').replace(/J/g, '/');
  // "ngày 29 tháng 04 năm 2019" on birth certificates.
  const spelled = /ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})/.exec(foldVi(text));
  if (spelled) {
    const [d, mo, y] = [Number(spelled[1]), Number(spelled[2]), Number(spelled[3])];
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  // A slash read as 1 or 7 makes one run of digits: 19/0912022 → 19/09/2022.
  let m = DATE_RE.exec(t);
  const slashRead = /(\d{1,2})\s*[/.-]\s*(\d{2})[17](\d{4})(?!\d)/.exec(t);
  if ((!m || Number(m[3]) > 2100 || Number(m[2]) > 12) && slashRead) m = slashRead;
  if (m && (Number(m[2]) > 12 || Number(m[3]) > 2100) && !slashRead) m = null;
  if (!m) {
    // Slashes read as look-alike digits: 1940942022 → 19/09/2022, 27107/2030 → 27/07/2030.
    const both = /(?<!\d)(\d{2})[147/.-](\d{2})[147/.-]((?:19|20)\d{2})(?!\d)/.exec(t);
    if (both && Number(both[1]) <= 31 && Number(both[2]) <= 12) m = both;
  }
  if (!m) {
    // Separators lost: 21J0112025 → 21/01/2025; 2707/2030 → 27/07/2030.
    const d = /(\d{2})\D?(\d{2})\D?(\d{4})/.exec(t.replace(/\s/g, ''));
    if (!d) return undefined;
    m = d;
  }
  // A leading 9 in a day or month is a misread 0 (the OCR-B-like digits on old cards: 16-94-1991).
  const fix = (v: string, max: number) => (Number(v) > max && v.length === 2 && v[0] === '9' ? Number('0' + v[1]) : Number(v));
  const [dd, mm, yyyy] = [fix(m[1]!, 31), fix(m[2]!, 12), Number(m[3])];
  if (dd < 1 || dd > 31 || mm < 1 || mm > 12 || yyyy < 1900 || yyyy > 2100) return undefined;
  return `${yyyy}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

const NUM_WORDS: Record<string, number> = {
  khong: 0, mot: 1, mốt: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, muoi1: 10,
};
const MONTHS: Record<string, number> = { gieng: 1, chap: 12 };

/** Vietnamese number words up to the thousands ("hai nghìn không trăm hai mươi hai" → 2022). */
export function wordsToNumber(words: string): number | undefined {
  const toks = foldVi(words).replace(/[^a-z ]/g, ' ').split(/\s+/).filter(Boolean);
  let total = 0;
  let group = 0; // below one thousand
  let unit: number | null = null; // the digit word waiting for "trăm", "mươi" or the end
  let seen = false;
  for (const w of toks) {
    if (w === 'nghin' || w === 'ngan') total += (group + (unit ?? 0) || 1) * 1000, (group = 0), (unit = null);
    else if (w === 'tram') (group += (unit ?? 1) * 100), (unit = null);
    else if (w === 'muoi' || w === 'chuc') (group += (unit ?? 1) * 10), (unit = null); // "mười" alone is ten
    else if (w in NUM_WORDS && w !== 'muoi') unit = NUM_WORDS[w]!;
    else continue;
    seen = true;
  }
  return seen ? total + group + (unit ?? 0) : undefined;
}

/** "Hai mươi hai tháng ba năm hai nghìn không trăm hai mươi hai" → 2022-03-22. */
export function dateFromWords(text: string): string | undefined {
  const t = foldVi(text);
  const m = /(?:ngay\s+)?(.+?)\s+thang\s+(.+?)\s+nam\s+(.+)/.exec(t);
  if (!m) return undefined;
  const d = wordsToNumber(m[1]!);
  const mo = MONTHS[m[2]!.trim()] ?? wordsToNumber(m[2]!);
  const y = wordsToNumber(m[3]!);
  if (!d || !mo || !y || d > 31 || mo > 12 || y < 1900) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A name as printed (upper case on cards, sometimes title case on birth certificates), without OCR debris
 * around it, each syllable checked against the name lexicon.
 */
export function cleanName(text: string): string {
  const beforeGap = text.split(GAP).find((part) => /\p{Lu}{2}/u.test(part)) ?? text;
  const words = beforeGap
    .normalize('NFC')
    .replace(/[^\p{L}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const upper = w === w.toLocaleUpperCase('vi') && /\p{Lu}/u.test(w);
    const title = /^\p{Lu}\p{Ll}+$/u.test(w);
    const ok = (upper || title) && w.length <= 7 && !(out.length === 0 && w.length === 1);
    if (!ok) {
      if (out.length) break;
      continue;
    }
    out.push(w);
  }
  // Single letters after a name are border ornaments or stamps; only "Ý"/"Y" is a given name.
  while (out.length > 2 && out.at(-1)!.length === 1 && !/^[ÝY]$/iu.test(out.at(-1)!)) out.pop();
  return correctFullName(out.join(' '));
}

export function sexFrom(text: string): 'male' | 'female' | undefined {
  const t = foldVi(text);
  if (/\bnu\b/.test(t)) return 'female';
  if (/\bnam\b/.test(t)) return 'male';
  return undefined;
}

/** A value that runs over the following lines until the next label. */
export function continued(lines: Lines, start: { value: string; line: number }, stop: RegExp, max = 2): string {
  const parts = [start.value];
  for (let i = start.line + 1; i < lines.raw.length && i <= start.line + max; i++) {
    if (stop.test(lines.folded[i]!)) break;
    const l = lines.raw[i]!;
    if (!/[,\p{Lu}]/u.test(l)) break;
    parts.push(l);
  }
  return parts.join('\n');
}
