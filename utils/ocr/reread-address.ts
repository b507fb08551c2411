import { addressFit } from '../vi/correct-address';
import { foldVi } from '../vi/fold';
import { isNameSyllable } from '../vi/names';
import { textRow } from './boxes';
import { addressFrom } from './extract';
import { cropGray, grayToRgba, resizeGray, type GrayImage } from './preprocess';
import { textWithGaps, toLines } from './text';
import type { OcrLine, TextEngine } from './types';

/** The labels that open each address field on the papers (folded). */
const LABELS: Record<string, RegExp> = {
  placeOfResidence: /noi thuong tru|noi c[uo] ?tru|place of residence|dkhk thuong tru|noi dkhk|thuong tru/,
  placeOfOrigin: /que quan|nguyen quan|place of origin/,
  birthRegistrationPlace: /noi dang ky kha\S* ?\S*|place of birth registration/,
};

/** Fields that name where someone lives or was registered: a commune or ward is always part of them. */
const NEEDS_WARD = new Set(['placeOfResidence', 'birthRegistrationPlace']);

export const ADDRESS_KEYS = Object.keys(LABELS);

/**
 * How well a reading of an address fits the lexicon: higher is better; below zero the value is surely
 * damaged (no recognised province, an unknown unit, or the ward missing where there must be one).
 */
export function addressScore(key: string, value: string | undefined): number {
  if (!value) return -100;
  const fit = addressFit(value);
  const damaged = !fit.province || fit.unmatched > 0 || (NEEDS_WARD.has(key) && !fit.ward);
  // Between readings that fit equally, the one whose other words are known syllables ("Hùng Vương", not "Hùn Vươn").
  const words = value.split(/[\s,]+/).filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
  const known = words.filter(isNameSyllable).length / Math.max(1, words.length);
  return (damaged ? -10 : 0) + (fit.province ? 5 : 0) + 2 * fit.matched - 3 * fit.unmatched + known;
}

const SCALES = [1.5, 2];

/**
 * Re-reads one address in its own crop: the label's text row and the two rows under it, from the label's
 * left edge to the right of the page, enlarged 1.5× (thin dotted fonts and small photos lose strokes at
 * page scale). The label is cut off by its position on the page, since the crop often misreads it; the
 * rest is parsed by the same rules as the page. Undefined when the label is not on the page reading.
 */
export async function rereadAddress(engine: TextEngine, gray: GrayImage, lines: OcrLine[], key: string, current?: string): Promise<string | undefined> {
  const label = LABELS[key];
  const found = label && findLabel(lines, label);
  if (!found) return current;
  let best = current;
  // Two enlargements: strokes that one loses the other often keeps. The second only when still damaged.
  for (const scale of SCALES) {
    if (addressScore(key, best) >= 0) break;
    const read = await readCrop(engine, gray, found, scale);
    if (addressScore(key, read) > addressScore(key, best)) best = read;
  }
  return best;
}

async function readCrop(engine: TextEngine, gray: GrayImage, found: NonNullable<ReturnType<typeof findLabel>>, SCALE: number): Promise<string | undefined> {
  const { row, labelEnd, left } = found;
  const h = Math.max(8, row.y1 - row.y0);
  const box = { x0: left - h, y0: row.y0 - h * 0.4, x1: gray.width, y1: row.y1 + h * 4.6 };
  const crop = cropGray(gray, box);
  const big = resizeGray(crop, Math.round(crop.width * SCALE), Math.round(crop.height * SCALE));
  const r = await engine.recognize(grayToRgba(big), { psm: 6, withLines: true });
  const read = r.lines ?? [];
  // Page coordinates in the crop: cropGray keeps a 12-pixel white margin.
  const toCrop = (x: number, origin: number) => (x - Math.max(0, Math.floor(origin)) + 12) * SCALE;
  const rowMid = toCrop((row.y0 + row.y1) / 2, box.y0);
  const first = read.reduce<number>((best, l, i) => (best < 0 || Math.abs(mid(l) - rowMid) < Math.abs(mid(read[best]!) - rowMid) ? i : best), -1);
  if (first < 0) return undefined;
  const cut = toCrop(labelEnd, box.x0);
  const value = stripEnglishLabel(textWithGaps([{ ...read[first]!, words: (read[first]!.words ?? []).filter((w) => (w.bbox.x0 + w.bbox.x1) / 2 > cut) }]));
  const rest = textWithGaps(read.slice(first + 1));
  const parsed = toLines([value || '-', rest].join('\n'));
  const out = addressFrom(parsed, { value: value ? parsed.raw[0]! : parsed.raw[1] ?? '', line: value ? 0 : 1 });
  return out;
}

const mid = (l: OcrLine) => (l.bbox.y0 + l.bbox.y1) / 2;

/** The label's text row, where the label ends and where it starts. */
function findLabel(lines: OcrLine[], label: RegExp): { row: { y0: number; y1: number }; labelEnd: number; left: number } | undefined {
  for (const line of lines) {
    const words = line.words ?? [];
    const folded = words.map((w) => foldVi(w.text));
    // Character offsets of each word in the joined folded text, to find the word the label ends in.
    let at = 0;
    const starts = folded.map((f) => ((at += f.length + 1), at - f.length - 1));
    const m = label.exec(folded.join(' '));
    if (!m) continue;
    const end = m.index + m[0].length - 1;
    const endWord = starts.findLastIndex((s) => s <= end);
    const startWord = starts.findLastIndex((s) => s <= m.index);
    const text = words.filter((w) => /\p{L}{2,}/u.test(w.text));
    if (!text.length || endWord < 0 || startWord < 0) continue;
    return {
      row: textRow(text),
      labelEnd: words[endWord]!.bbox.x1,
      left: words[startWord]!.bbox.x0,
    };
  }
  return undefined;
}

/** "/ Place of residence: Số 220…": the English half of a bilingual label, up to its colon. */
function stripEnglishLabel(s: string): string {
  const m = /^[^:;\d]{0,40}[:;]\s*/.exec(s);
  return m && /[/a-z]/i.test(m[0]) && /^\W*(\/|[A-Za-z]{2,}\b)/.test(s) && /place|of|resi|birth|orig|regis|\//i.test(m[0]) ? s.slice(m[0].length) : s.trim();
}
