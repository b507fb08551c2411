import { foldVi } from '../vi/fold';
import { textRow } from './boxes';
import { correctFeatures, featuresScore } from './features';
import { cropGray, grayToRgba, resizeGray, type GrayImage } from './preprocess';
import type { Box, OcrLine, TextEngine } from './types';

/**
 * "Đặc điểm nhân dạng" (identifying marks) on the 2021 card back: one or two lines under the label, between
 * the chip and the fingerprint frames. Full-page OCR mixes them with the fingerprint captions, so they are
 * re-read: from the value line's own crop, and, when the card was found and straightened, from the band of
 * the card where the label and value are printed (whatever the label's wrapping). The reading that looks
 * most like a description of marks wins.
 */
export async function rereadFeatures(engine: TextEngine, gray: GrayImage, lines: OcrLine[], onCard: boolean, page?: string): Promise<string | undefined> {
  const candidates: (string | undefined)[] = [page && correctFeatures(page)];
  const good = (v: string | undefined) => featuresScore(v) >= 4;
  candidates.push(await readLineCrop(engine, gray, lines));
  if (onCard && !candidates.some(good)) candidates.push(await readBand(engine, gray));
  return candidates.reduce((best, v) => (featuresScore(v) > featuresScore(best) ? v : best), undefined as string | undefined);
}

/** Margin warpPaper leaves around a straightened card. */
const CARD_MARGIN = 16;

/**
 * On a straightened 2021 back (ID-1 proportions) the label and its value sit right of the chip, left of the
 * fingerprint frames and above the issue-date line: read that band as a block, keep what follows the label.
 */
async function readBand(engine: TextEngine, gray: GrayImage): Promise<string | undefined> {
  const W = gray.width - 2 * CARD_MARGIN;
  const H = gray.height - 2 * CARD_MARGIN;
  const band = cropGray(gray, { x0: CARD_MARGIN + 0.19 * W, y0: CARD_MARGIN + 0.03 * H, x1: CARD_MARGIN + 0.63 * W, y1: CARD_MARGIN + 0.27 * H });
  const big = resizeGray(band, Math.round(band.width * 1.5), Math.round(band.height * 1.5));
  const r = await engine.recognize(grayToRgba(big), { psm: 6 });
  const rows = r.text.split('\n').map((l) => l.trim()).filter(Boolean);
  const label = rows.findLastIndex((l) => /dac ?diem|nhan ?dang|personal|identification|ication:?$/.test(foldVi(l)));
  const value = rows.slice(label + 1, label + 3).join(' ').replace(/^[^\p{L}]+/u, '');
  return value.length >= 4 ? correctFeatures(value) : undefined;
}

/**
 * The "Đặc điểm nhân dạng" value as the page analysis found it: the nearest line above the issue-date line
 * that is neither a label ("Personal identification", fingerprint captions) nor debris. Its box is cut at the
 * last word of text, so the fingerprint frames to the right stay out of the re-read.
 */
function featureLineAboveDate(lines: OcrLine[]): Box | undefined {
  const date = lines.findIndex((l) => /ngay[,.]? thang[,.]? nam|date,? month/.test(foldVi(l.text)));
  if (date <= 0) return undefined;
  const ruler = lines[date]!.words?.[0]?.bbox ?? lines[date]!.bbox;
  for (let i = date - 1; i >= 0 && i >= date - 3; i--) {
    const l = lines[i]!;
    const folded = foldVi(l.text);
    if (/dac ?diem|nhan ?dang|personal|identification|ngon tro|finger/.test(folded)) break;
    let words = (l.words ?? []).filter((w) => /\p{L}.*\p{L}|\d/u.test(w.text));
    // The text ends at the first wide gap: what follows is the fingerprint frames.
    const gapAt = words.findIndex((w, k) => k > 0 && w.bbox.x0 - words[k - 1]!.bbox.x1 > 3 * (w.bbox.y1 - w.bbox.y0));
    if (gapAt > 0) words = words.slice(0, gapAt);
    if (words.filter((w) => /\p{L}{2,}/u.test(w.text)).length < 3) continue;
    const last = words.at(-1)!;
    if (l.bbox.y0 >= ruler.y0) continue;
    const { y0, y1 } = textRow(words);
    const h = y1 - y0;
    return { x0: valueLeft(l, words[0]!.bbox.x0, lines.slice(0, i), h) - h * 0.5, y0: y0 - h * 0.25, x1: last.bbox.x1 + h * 0.5, y1: y1 + h * 0.25 };
  }
  return undefined;
}

/**
 * Where the value line starts: its first word OCR could read, or further left, where OCR read its first
 * words as debris ("¬ø" m. 2cm…" for "Sẹo chấm C: 2cm…") or where the label above starts (the value is
 * printed flush with it).
 */
function valueLeft(line: OcrLine, firstGood: number, above: OcrLine[], h: number): number {
  let x = firstGood;
  const before = (line.words ?? []).filter((w) => w.bbox.x1 <= firstGood).sort((a, b) => b.bbox.x1 - a.bbox.x1);
  for (const w of before) {
    if (x - w.bbox.x1 > 2.5 * h) break;
    x = w.bbox.x0;
  }
  const label = above.flatMap((l) => l.words ?? []).find((w) => /^dac/.test(foldVi(w.text)));
  return label ? Math.min(x, label.bbox.x0) : x;
}

/** The value line's own crop, placed from the page reading's lines (value line, label, or rulers). */
async function readLineCrop(engine: TextEngine, gray: GrayImage, lines: OcrLine[]): Promise<string | undefined> {
  const label = lines.find((l) => /dac ?diem|nhan ?dang/.test(foldVi(l.text)));
  let box: { x0: number; y0: number; x1: number; y1: number } | undefined = featureLineAboveDate(lines);
  if (box) {
    // Found as its own line: the value sits right above the issue-date line.
  } else if (label) {
    const last = [...(label.words ?? [])].reverse().find((w) => /ident|person|dang|dạng/i.test(w.text));
    const h = label.bbox.y1 - label.bbox.y0;
    box = { x0: label.bbox.x0 - h * 0.5, y0: label.bbox.y1 + h * 0.05, x1: (last ? last.bbox.x1 : label.bbox.x1) + h * 1.5, y1: label.bbox.y1 + h * 1.7 };
  } else {
    // Page analysis often skips the top band next to the chip: place the line from the card layout, using
    // the issue-date line and the first MRZ line as rulers (ISO/IEC 7810 ID-1 proportions).
    const date = lines.find((l) => /ngay[,.]? thang[,.]? nam|date,? month/.test(foldVi(l.text)));
    const mrz = lines.find((l) => /<<|[1I]DVNM/.test(l.text) && l.bbox.y0 > (date?.bbox.y1 ?? Infinity));
    if (!date || !mrz) return undefined;
    // Line boxes can swell with debris; the first word ("Ngày,") is a tighter ruler.
    const ruler = date.words?.find((w) => /^ngay/.test(foldVi(w.text)))?.bbox ?? date.bbox;
    const mrzTop = mrz.words?.[0]?.bbox.y0 ?? mrz.bbox.y0;
    const H = (mrzTop - ruler.y0) / 0.445;
    const W = H * 1.585;
    const left = ruler.x0 - 0.045 * W;
    const mid = ruler.y0 - 0.165 * H;
    box = { x0: left + 0.19 * W, y0: mid - 0.035 * H, x1: left + 0.62 * W, y1: mid + 0.045 * H };
  }
  const crop = cropGray(gray, box);
  const r = await engine.recognize(grayToRgba(crop), { psm: 7 });
  const value = r.text
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}]+/u, '')
    .replace(/[^\p{L}\d]+$/u, '')
    .trim();
  return value.length >= 4 ? correctFeatures(value) : undefined;
}
