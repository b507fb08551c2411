import { foldVi } from '../vi/fold';

/**
 * Words of "Đặc điểm nhân dạng" (identifying marks) as police clerks write them: the kind of mark, its size
 * and where it is relative to a facial feature. OCR slips are snapped to these words.
 */
const WORDS = (
  'Sẹo chấm Nốt ruồi son ruồi đen cách trên dưới trước sau giữa đuôi đầu mắt mày lông mũi cánh phải trái mép ' +
  'môi cằm má trán tai dái gò thái dương cổ gáy vết bớt xăm lồi lõm cm C'
).split(' ');

const BY_FOLD = new Map<string, string>();
for (const w of WORDS) if (!BY_FOLD.has(foldVi(w))) BY_FOLD.set(foldVi(w), w);

function editDistance1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function snap(word: string): string | undefined {
  if (WORDS.includes(word)) return word;
  const f = foldVi(word);
  const same = BY_FOLD.get(f);
  if (same) return word[0] === word[0]!.toUpperCase() && same[0] !== same[0]!.toUpperCase() ? same[0]!.toUpperCase() + same.slice(1) : same;
  if (f.length >= 3) for (const [k, w] of BY_FOLD) if (k.length >= 3 && editDistance1(f, k)) return w;
  return undefined;
}

/** Cleans an OCR'd identifying-marks line: debris before the first known word dropped, slips snapped. */
export function correctFeatures(text: string): string {
  const tokens = text.replace(/\s+/g, ' ').trim().split(' ');
  const known = (t: string) => snap(t.replace(/[^\p{L}]/gu, ''));
  // A description starts with the kind of mark; what precedes it is debris from the chip or border.
  let first = tokens.findIndex((t) => /^(seo|not|vet|bot|xam)$/.test(foldVi(known(t) ?? '')));
  let lead: string[] = [];
  if (first < 0) {
    // The kind word itself was lost in the debris: "chấm" and "ruồi" only follow "Sẹo" and "Nốt".
    const second = tokens.findIndex((t) => /^(cham|ruoi)$/.test(foldVi(known(t) ?? '')));
    if (second >= 0) {
      first = second;
      lead = [foldVi(known(tokens[second]!)!) === 'cham' ? 'Sẹo' : 'Nốt'];
    }
  }
  let kept = first >= 0 ? tokens.slice(first) : tokens;
  // Trailing debris from the fingerprint frames: tokens that are neither known words nor measures.
  while (kept.length > 1 && !known(kept.at(-1)!) && !/\d/.test(kept.at(-1)!)) kept = kept.slice(0, -1);
  return [...lead, ...kept]
    .map((t) => {
      const m = /^(\p{L}+)([^\p{L}]*)$/u.exec(t);
      if (!m) return t;
      const s = snap(m[1]!);
      return (s ?? m[1]!) + (m[2] ?? '');
    })
    .join(' ')
    // Measures use the Vietnamese decimal comma: "2,5cm".
    .replace(/(\d)\.(\d)/g, '$1,$2')
    .replace(/[^\p{L}\d]+$/u, '');
}

/**
 * How much a reading looks like a description of marks: known words count for, unknown ones against, and
 * a description opens with the kind of mark. Compares readings of the same line.
 */
export function featuresScore(text: string | undefined): number {
  if (!text) return -100;
  const tokens = text.split(/\s+/).filter(Boolean);
  let score = /^(seo|not|vet|bot|xam)\b/.test(foldVi(text)) ? 2 : 0;
  for (const t of tokens) score += snap(t.replace(/[^\p{L}]/gu, '')) || /\d/.test(t) ? 1 : -1.5;
  return score;
}
