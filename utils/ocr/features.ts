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
  // A description starts with the kind of mark; what precedes it is debris from the chip or border.
  const first = tokens.findIndex((t) => /^(seo|not|vet|bot|xam)$/.test(foldVi(snap(t.replace(/[^\p{L}]/gu, '')) ?? '')));
  const kept = first >= 0 ? tokens.slice(first) : tokens;
  return kept
    .map((t) => {
      const m = /^(\p{L}+)([^\p{L}]*)$/u.exec(t);
      if (!m) return t;
      const s = snap(m[1]!);
      return (s ?? m[1]!) + (m[2] ?? '');
    })
    .join(' ')
    .replace(/[^\p{L}\d]+$/u, '');
}
