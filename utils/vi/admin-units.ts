import { NEW_UNITS, OLD_UNITS } from './admin-units.data';
import { foldVi } from './fold';

/**
 * The lexicon of administrative units (old 3-tier and the 2-tier units since 1 July 2025), used to correct
 * place names OCR misread: "Nghĩ Lộc" → "Nghi Lộc", "Trâu Quỷ" → "Trâu Quỳ", "Vân Nộ I" → "Vân Nội", a
 * truncated "Nghệ" → "Nghệ An". Names are only ever replaced by a unit of the right level inside the unit
 * the address names above it, and only when exactly one such unit is that close.
 */
export interface Unit {
  name: string;
  /** One letter: province T tỉnh / P thành phố; district Q quận / H huyện / X thị xã / P thành phố; ward P phường / X xã / T thị trấn / D đặc khu. */
  kind: string;
  children: Unit[];
}

function parseOld(text: string): Unit[] {
  return text.split('\n').map((line) => {
    const [p, ...districts] = line.split('|');
    return {
      name: p!.slice(1),
      kind: p![0]!,
      children: districts.map((d) => {
        const [head, wards = ''] = d.split(':');
        return { name: head!.slice(1), kind: head![0]!, children: wards ? wards.split(';').map((w) => ({ name: w.slice(1), kind: w[0]!, children: [] })) : [] };
      }),
    };
  });
}

function parseNew(text: string): Unit[] {
  return text.split('\n').map((line) => {
    const [p, wards = ''] = line.split('|');
    return { name: p!.slice(1), kind: p![0]!, children: wards.split(';').map((w) => ({ name: w.slice(1), kind: w[0]!, children: [] })) };
  });
}

let lexicon: { old: Unit[]; new: Unit[] } | undefined;
/** Parsed on first use: the table is 150 KB of text and most readings never need it. */
export function units(): { old: Unit[]; new: Unit[] } {
  lexicon ??= { old: parseOld(OLD_UNITS), new: parseNew(NEW_UNITS) };
  return lexicon;
}

let names: Set<string> | undefined;
/** Whether the words name a unit at any level, in either list (compared without marks or case). */
export function isUnitName(words: string): boolean {
  if (!names) {
    const { old, new: now } = units();
    const all = [...old, ...now].flatMap((p) => [p, ...p.children, ...p.children.flatMap((d) => d.children)]);
    names = new Set(all.map((u) => foldVi(u.name)));
  }
  return names.has(foldVi(words));
}

/** Letters without marks or spaces: "Vân Nộ I" and "Vân Nội" are the same letters. */
export const flat = (s: string) => foldVi(s).replace(/[^a-z0-9]/g, '');

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
/**
 * Each word's tone mark moved to its end, case kept: "Hoà" and "Hòa" (old and new placement, both printed on
 * real papers) become the same string, while "Quỷ" and "Quỳ" do not.
 */
export function moveTones(s: string): string {
  return s
    .normalize('NFD')
    .split(/\s+/)
    .map((w) => {
      const tone = w.match(TONES)?.[0] ?? '';
      return w.replace(TONES, '').normalize('NFC') + tone;
    })
    .join(' ');
}

/** Spelling key for comparing unit names: lower case, tone placement ignored. */
export const toneKey = (s: string) => moveTones(s.toLowerCase());

function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const A = [...a];
  const B = [...b];
  let prev = Array.from({ length: B.length + 1 }, (_, j) => j);
  for (let i = 1; i <= A.length; i++) {
    const cur = [i];
    for (let j = 1; j <= B.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (A[i - 1] === B[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[B.length]!;
}

/** Digits the card fonts make OCR confuse with each other. */
const DIGIT_TWINS: Record<string, string> = { '0': '9', '9': '0', '1': '7', '7': '1', '5': '6', '6': '5', '3': '8', '8': '3' };

/**
 * "Quận 19" where the city has no district 19: a numbered unit that does not exist, one look-alike digit
 * away from exactly one that does. Any other number is read or not, never guessed.
 */
function numberMisread(read: string, candidates: readonly Unit[]): Unit | undefined {
  const names = new Set(candidates.map((c) => c.name));
  const hits = new Set<string>();
  for (let i = 0; i < read.length; i++) {
    const twin = DIGIT_TWINS[read[i]!];
    if (twin) {
      const alt = (read.slice(0, i) + twin + read.slice(i + 1)).replace(/^0+(?=\d)/, '');
      if (names.has(alt)) hits.add(alt);
    }
  }
  return hits.size === 1 ? candidates.find((c) => c.name === [...hits][0]) : undefined;
}

/** How many letters OCR may have got wrong in a name of this many letters and still be recognised. */
const allowance = (letters: number) => (letters <= 4 ? 0 : letters <= 9 ? 1 : 2);

/**
 * The one unit among `candidates` that a read name stands for: the same name (kept as printed), the same
 * letters with other marks, a letter or two off, or the first words of exactly one longer name (a name cut
 * at the end of a line). Undefined when none is close or two are equally close.
 */
export function matchName(read: string, candidates: readonly Unit[]): Unit | undefined {
  const key = toneKey(read);
  const f = flat(read);
  if (!f) return undefined;
  const exact = candidates.find((c) => toneKey(c.name) === key);
  if (exact) return exact;
  if (/^\d+$/.test(f)) return numberMisread(f, candidates);
  let best: { unit: Unit; score: [number, number] } | undefined;
  let tie = false;
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.name)) continue;
    seen.add(c.name);
    const dF = levenshtein(f, flat(c.name));
    if (dF > allowance(f.length)) continue;
    const score: [number, number] = [dF, levenshtein(key, toneKey(c.name))];
    const cmp = best ? score[0] - best.score[0] || score[1] - best.score[1] : -1;
    if (cmp < 0) {
      best = { unit: c, score };
      tie = false;
    } else if (cmp === 0) tie = true;
  }
  if (best && !tie) return best.unit;
  if (best) return undefined;
  // A name cut short: its words are the first words of exactly one candidate ("Nghệ" → "Nghệ An").
  const words = foldVi(read).split(' ');
  if (f.length < 3) return undefined;
  const longer = [...new Set(candidates.filter((c) => {
    const cw = foldVi(c.name).split(' ');
    return cw.length > words.length && words.every((w, i) => cw[i] === w);
  }).map((c) => c.name))];
  return longer.length === 1 ? candidates.find((c) => c.name === longer[0]) : undefined;
}
