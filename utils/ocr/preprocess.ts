/**
 * Image clean-up before OCR, on plain pixel arrays so it runs the same in Node and in an extension page:
 * grey conversion, skew estimation (projection profiles of dark strokes) and rotation, and scaling so that
 * small photos reach a text height tesseract reads well.
 */
import type { RgbaImage } from './types';
import { findPaper, isCardShaped, paperSize, warpPaper, type Quad } from './card';

export interface GrayImage {
  data: Uint8Array;
  width: number;
  height: number;
}

export function toGray(img: RgbaImage): GrayImage {
  const n = img.width * img.height;
  const out = new Uint8Array(n);
  const d = img.data;
  for (let i = 0, j = 0; i < n; i++, j += 4) {
    // Rec. 601 luma: coloured labels (blue, red) stay darker than the pale card background.
    out[i] = (d[j]! * 77 + d[j + 1]! * 150 + d[j + 2]! * 29) >> 8;
  }
  return { data: out, width: img.width, height: img.height };
}

export function grayToRgba(g: GrayImage): RgbaImage {
  const out = new Uint8ClampedArray(g.width * g.height * 4);
  for (let i = 0, j = 0; i < g.data.length; i++, j += 4) {
    const v = g.data[i]!;
    out[j] = v;
    out[j + 1] = v;
    out[j + 2] = v;
    out[j + 3] = 255;
  }
  return { data: out, width: g.width, height: g.height };
}

/** Bilinear resize of a grey image. */
export function resizeGray(g: GrayImage, width: number, height: number): GrayImage {
  const out = new Uint8Array(width * height);
  const sx = g.width / width;
  const sy = g.height / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(g.height - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(g.height - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(g.width - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(g.width - 1, x0 + 1);
      const wx = fx - x0;
      const a = g.data[y0 * g.width + x0]! * (1 - wx) + g.data[y0 * g.width + x1]! * wx;
      const b = g.data[y1 * g.width + x0]! * (1 - wx) + g.data[y1 * g.width + x1]! * wx;
      out[y * width + x] = Math.round(a * (1 - wy) + b * wy);
    }
  }
  return { data: out, width, height };
}

/** Pixels clearly darker than their neighbourhood: text strokes, whatever the lighting gradient. */
function darkPoints(g: GrayImage, window: number, delta: number): { xs: Int32Array; ys: Int32Array; n: number } {
  const { width: w, height: h, data } = g;
  const integral = new Float64Array((w + 1) * (h + 1));
  for (let y = 0; y < h; y++) {
    let row = 0;
    for (let x = 0; x < w; x++) {
      row += data[y * w + x]!;
      integral[(y + 1) * (w + 1) + x + 1] = integral[y * (w + 1) + x + 1]! + row;
    }
  }
  const xs = new Int32Array(w * h);
  const ys = new Int32Array(w * h);
  let n = 0;
  const r = window >> 1;
  // Only the central part: in photos the desk around the card has its own lines.
  const x0 = Math.floor(w * 0.12);
  const x1 = Math.ceil(w * 0.88);
  const y0 = Math.floor(h * 0.1);
  const y1 = Math.ceil(h * 0.9);
  for (let y = y0; y < y1; y++) {
    const ya = Math.max(0, y - r);
    const yb = Math.min(h, y + r + 1);
    for (let x = x0; x < x1; x++) {
      const xa = Math.max(0, x - r);
      const xb = Math.min(w, x + r + 1);
      const sum = integral[yb * (w + 1) + xb]! - integral[ya * (w + 1) + xb]! - integral[yb * (w + 1) + xa]! + integral[ya * (w + 1) + xa]!;
      const mean = sum / ((yb - ya) * (xb - xa));
      if (data[y * w + x]! < mean - delta) {
        xs[n] = x;
        ys[n] = y;
        n++;
      }
    }
  }
  return { xs, ys, n };
}

/**
 * Skew in degrees (positive: text rises to the right, as in the image y axis pointing down it descends… the
 * sign is whatever `rotateGray(g, -angle)` straightens). Picks the angle whose row projection of dark strokes
 * is sharpest (largest sum of squared row counts).
 */
export function estimateSkew(g: GrayImage, maxDeg = 8): number {
  const scale = Math.min(1, 640 / g.width);
  const small = scale < 1 ? resizeGray(g, Math.round(g.width * scale), Math.round(g.height * scale)) : g;
  const pts = darkPoints(small, 15, 25);
  if (pts.n < 200) return 0;
  const h = small.height;
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const bins = new Float64Array(h * 2 + small.width);
    const off = small.width;
    for (let i = 0; i < pts.n; i++) {
      const b = Math.round(pts.ys[i]! - pts.xs[i]! * t) + off;
      if (b >= 0 && b < bins.length) bins[b]!++;
    }
    let s = 0;
    for (let i = 0; i < bins.length; i++) s += bins[i]! * bins[i]!;
    return s;
  };
  let best = 0;
  let bestScore = -1;
  for (let d = -maxDeg; d <= maxDeg + 1e-9; d += 0.5) {
    const s = score(d);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  // Refine around the coarse optimum.
  const coarse = best;
  for (let d = coarse - 0.4; d <= coarse + 0.4 + 1e-9; d += 0.1) {
    const s = score(d);
    if (s > bestScore) {
      bestScore = s;
      best = d;
    }
  }
  return Math.round(best * 10) / 10;
}

/**
 * Rotates by `deg` about the centre (bilinear), keeping the size; uncovered corners take the border grey.
 * With the angle from estimateSkew this levels the text lines.
 */
export function deskewGray(g: GrayImage, skewDeg: number): GrayImage {
  if (Math.abs(skewDeg) < 0.25) return g;
  const { width: w, height: h, data } = g;
  const out = new Uint8Array(w * h);
  const t = (skewDeg * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  const cx = w / 2;
  const cy = h / 2;
  const fill = 255;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // Output (x, y) on a level line samples the source along the skewed line: y_src = y + x·tan.
      const dx = x - cx;
      const dy = y - cy;
      const sx = dx * cos - dy * sin + cx;
      const sy = dx * sin + dy * cos + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= w - 1 || y0 >= h - 1) {
        out[y * w + x] = fill;
        continue;
      }
      const wx = sx - x0;
      const wy = sy - y0;
      const i = y0 * w + x0;
      const a = data[i]! * (1 - wx) + data[i + 1]! * wx;
      const b = data[i + w]! * (1 - wx) + data[i + w + 1]! * wx;
      out[y * w + x] = Math.round(a * (1 - wy) + b * wy);
    }
  }
  return { data: out, width: w, height: h };
}

/** Grey, levelled and scaled copy for OCR; `scale` is chosen so a card is about `targetWidth` pixels wide. */
export function prepareForOcr(img: RgbaImage, opts: { targetWidth?: number } = {}): { gray: GrayImage; skew: number; scale: number; paper?: Quad } {
  let gray = toGray(img);
  // A photo of a card on a desk: cut the card out and undo the perspective first.
  const paper = findPaper(gray);
  if (paper && isCardShaped(paper)) {
    const size = paperSize(paper, opts.targetWidth ?? 0);
    gray = warpPaper(gray, paper, size.width, size.height);
    const skew = estimateSkew(gray, 3);
    return { gray: deskewGray(gray, skew), skew, scale: 1, paper };
  }
  const skew = estimateSkew(gray);
  gray = deskewGray(gray, skew);
  const target = opts.targetWidth ?? 0;
  let scale = 1;
  if (target && gray.width < target) {
    scale = Math.min(2, target / gray.width);
    gray = resizeGray(gray, Math.round(gray.width * scale), Math.round(gray.height * scale));
  }
  return { gray, skew, scale };
}

/** The paper's grey in a region: the level most of its pixels are lighter than or equal to (text is sparse). */
function background(g: GrayImage, x0: number, y0: number, x1: number, y1: number): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let y = y0; y < y1; y += 2) for (let x = x0; x < x1; x += 2, n++) hist[g.data[y * g.width + x]!]!++;
  if (!n) return 255;
  let seen = 0;
  for (let v = 0; v < 256; v++) if ((seen += hist[v]!) >= n * 0.6) return v;
  return 255;
}

/** A region of a grey image with a margin of its background around it (tesseract reads single lines better with one). */
export function cropGray(g: GrayImage, box: { x0: number; y0: number; x1: number; y1: number }, margin = 12): GrayImage {
  const x0 = Math.max(0, Math.floor(box.x0));
  const y0 = Math.max(0, Math.floor(box.y0));
  const x1 = Math.min(g.width, Math.ceil(box.x1));
  const y1 = Math.min(g.height, Math.ceil(box.y1));
  const w = Math.max(1, x1 - x0) + margin * 2;
  const h = Math.max(1, y1 - y0) + margin * 2;
  // The margin takes the crop's own background: white around a grey card background makes tesseract's
  // global threshold fall between the two, and the whole card turns black.
  const out = new Uint8Array(w * h).fill(background(g, x0, y0, x1, y1));
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) out[(y - y0 + margin) * w + (x - x0 + margin)] = g.data[y * g.width + x]!;
  }
  return { data: out, width: w, height: h };
}
