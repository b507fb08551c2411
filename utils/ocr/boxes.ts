/**
 * Where each extracted value sits on the page, so the review screen can show it beside the image crop it came
 * from. Works on tesseract's words: the value's tokens are looked for among the words of each line (a value
 * that wraps, like an address, spans the next line too).
 */
import { foldVi } from '../vi/fold';
import type { FractionBox } from './contract';
import type { Box, OcrLine } from './types';

const tokens = (s: string) =>
  foldVi(s)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => t.length > 0);

/** What the print shows for a canonical value: ISO dates as dd/mm/yyyy, sex as Nam/Nữ. */
function printed(field: string, value: string): string {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return `${iso[3]} ${iso[2]} ${iso[1]}`;
  if (field === 'sex') return value === 'male' ? 'nam' : value === 'female' ? 'nu' : value;
  return value;
}

function union(a: Box, b: Box): Box {
  return { x0: Math.min(a.x0, b.x0), y0: Math.min(a.y0, b.y0), x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1) };
}

/** The words of one line that belong to the value, as a box, and how many of the value's tokens they cover. */
function matchLine(line: OcrLine, want: Set<string>): { box: Box; hits: number } | undefined {
  const words = line.words?.length ? line.words : [{ text: line.text, bbox: line.bbox }];
  let box: Box | undefined;
  let hits = 0;
  const seen = new Set<string>();
  for (const w of words) {
    const ts = tokens(w.text);
    // Dates print as "15/08/1990": one word, three tokens.
    const found = ts.filter((t) => want.has(t) && !seen.has(t));
    if (found.length === 0) continue;
    found.forEach((t) => seen.add(t));
    hits += found.length;
    box = box ? union(box, w.bbox) : w.bbox;
  }
  return box ? { box, hits } : undefined;
}

/**
 * Boxes (fractions of the page) and, per field, tesseract's confidence (0..1) for the line(s) it was found
 * on: a page-wide average would paint every field of a clear card as doubtful, or none of a blurred one.
 */
export function locateFields(
  fields: Record<string, string>,
  lines: OcrLine[],
  size: { width: number; height: number },
): { boxes: Record<string, FractionBox>; confidence: Record<string, number> } {
  const out: Record<string, FractionBox> = {};
  const conf: Record<string, number> = {};
  for (const [field, value] of Object.entries(fields)) {
    const wanted = tokens(printed(field, value));
    if (wanted.length === 0) continue;
    const want = new Set(wanted);
    let best: { i: number; box: Box; hits: number } | undefined;
    lines.forEach((line, i) => {
      // "Nam" is also in "Việt Nam": sex is only looked for on its labelled line.
      if (field === 'sex' && !/gioi tinh|sex/.test(foldVi(line.text))) return;
      const m = matchLine(line, want);
      if (m && (!best || m.hits > best.hits)) best = { i, ...m };
    });
    if (!best || best.hits / want.size < 0.5) continue;
    let box = best.box;
    let hits = best.hits;
    let lineConf = lines[best.i]!.confidence;
    // A wrapped value continues on the next line: take it while it adds tokens of the value.
    for (let j = best.i + 1; j < lines.length && hits < want.size; j++) {
      const m = matchLine(lines[j]!, want);
      if (!m || m.hits < 2) break;
      box = union(box, m.box);
      hits += m.hits;
      lineConf = Math.min(lineConf, lines[j]!.confidence);
    }
    conf[field] = lineConf / 100;
    out[field] = {
      x0: Math.max(0, box.x0 / size.width),
      y0: Math.max(0, box.y0 / size.height),
      x1: Math.min(1, box.x1 / size.width),
      y1: Math.min(1, box.y1 / size.height),
    };
  }
  return { boxes: out, confidence: conf };
}

/**
 * The text row a line's words sit on: the median top and bottom of their boxes. Line boxes (and a few word
 * boxes) swell with debris from the rows around; most words do not.
 */
export function textRow(words: { bbox: Box }[]): { y0: number; y1: number } {
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { y0: median(words.map((w) => w.bbox.y0)), y1: median(words.map((w) => w.bbox.y1)) };
}
