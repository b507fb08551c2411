import type { GrayImage } from './preprocess';

/**
 * Finding a paper in a photo and straightening it: a card or sheet photographed on a darker desk is tilted
 * and seen in perspective (one edge nearer the camera). Rotation alone leaves its lines slanted at the far
 * end, so the four edges are found and the quadrilateral is mapped back to a rectangle.
 */
export interface Point {
  x: number;
  y: number;
}
/** Corners in order: top-left, top-right, bottom-right, bottom-left. */
export type Quad = [Point, Point, Point, Point];

const WORK_WIDTH = 360;

/** Otsu's threshold of a grey histogram: the level that best separates desk from paper. */
function otsu(data: Uint8Array): number {
  const hist = new Float64Array(256);
  for (const v of data) hist[v]!++;
  const total = data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let level = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (!wB) continue;
    const wF = total - wB;
    if (!wF) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      level = t;
    }
  }
  return level;
}

function shrink(g: GrayImage): { img: GrayImage; scale: number } {
  const scale = Math.min(1, WORK_WIDTH / g.width);
  if (scale === 1) return { img: g, scale };
  const w = Math.max(1, Math.round(g.width * scale));
  const h = Math.max(1, Math.round(g.height * scale));
  const out = new Uint8Array(w * h);
  // Box average: the desk's texture and the card's print blur away, their edges stay.
  for (let y = 0; y < h; y++) {
    const ya = Math.floor(y / scale);
    const yb = Math.max(ya + 1, Math.floor((y + 1) / scale));
    for (let x = 0; x < w; x++) {
      const xa = Math.floor(x / scale);
      const xb = Math.max(xa + 1, Math.floor((x + 1) / scale));
      let s = 0;
      let n = 0;
      for (let yy = ya; yy < yb && yy < g.height; yy++) for (let xx = xa; xx < xb && xx < g.width; xx++, n++) s += g.data[yy * g.width + xx]!;
      out[y * w + x] = n ? s / n : 255;
    }
  }
  return { img: { data: out, width: w, height: h }, scale };
}

/** The largest light region (4-connected), as a mask, with its size and which image borders it touches. */
function largestLight(g: GrayImage, level: number): { mask: Uint8Array; size: number; borders: number } {
  const { width: w, height: h, data } = g;
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  let best = { id: 0, size: 0, borders: 0 };
  let id = 0;
  for (let start = 0; start < w * h; start++) {
    if (label[start] || data[start]! <= level) continue;
    id++;
    let top = 0;
    let size = 0;
    let borders = 0;
    stack[top++] = start;
    label[start] = id;
    while (top) {
      const p = stack[--top]!;
      size++;
      const x = p % w;
      const y = (p - x) / w;
      if (x === 0) borders |= 1;
      if (x === w - 1) borders |= 2;
      if (y === 0) borders |= 4;
      if (y === h - 1) borders |= 8;
      for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, y > 0 ? p - w : -1, y < h - 1 ? p + w : -1]) {
        if (q >= 0 && !label[q] && data[q]! > level) {
          label[q] = id;
          stack[top++] = q;
        }
      }
    }
    if (size > best.size) best = { id, size, borders };
  }
  const mask = new Uint8Array(w * h);
  for (let i = 0; i < w * h; i++) if (label[i] === best.id) mask[i] = 1;
  const count = (b: number) => [1, 2, 4, 8].filter((f) => b & f).length;
  return { mask, size: best.size, borders: count(best.borders) };
}

/** Total least squares line through points: a point on it and its unit direction. */
function fitLine(pts: Point[]): { p: Point; d: Point } | undefined {
  if (pts.length < 5) return undefined;
  const mx = pts.reduce((s, p) => s + p.x, 0) / pts.length;
  const my = pts.reduce((s, p) => s + p.y, 0) / pts.length;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const p of pts) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
    syy += (p.y - my) ** 2;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  return { p: { x: mx, y: my }, d: { x: Math.cos(angle), y: Math.sin(angle) } };
}

function intersect(a: { p: Point; d: Point }, b: { p: Point; d: Point }): Point | undefined {
  const den = a.d.x * b.d.y - a.d.y * b.d.x;
  if (Math.abs(den) < 1e-6) return undefined;
  const t = ((b.p.x - a.p.x) * b.d.y - (b.p.y - a.p.y) * b.d.x) / den;
  return { x: a.p.x + t * a.d.x, y: a.p.y + t * a.d.y };
}

const dist = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

/**
 * The paper's corners in a photo, in the image's pixels; undefined when the image is not a paper on a darker
 * background (a scan, a crop of the card alone, a cluttered scene), where levelling the text is enough.
 */
export function findPaper(g: GrayImage): Quad | undefined {
  const { img, scale } = shrink(g);
  const { width: w, height: h } = img;
  const level = otsu(img.data);
  const { mask, size, borders } = largestLight(img, level);
  // A scan's paper touches the image edges or fills it; a photo leaves desk around it.
  if (size < w * h * 0.2 || size > w * h * 0.93 || borders > 1) return undefined;
  // Rough corners: the extreme points along the diagonals.
  const edge: Point[] = [];
  let tl: Point | undefined, tr: Point | undefined, br: Point | undefined, bl: Point | undefined;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (!mask[y * w + x]) continue;
      const inner = x > 0 && x < w - 1 && y > 0 && y < h - 1 && mask[y * w + x - 1] && mask[y * w + x + 1] && mask[(y - 1) * w + x] && mask[(y + 1) * w + x];
      if (inner) continue;
      const p = { x, y };
      edge.push(p);
      if (!tl || x + y < tl.x + tl.y) tl = p;
      if (!br || x + y > br.x + br.y) br = p;
      if (!tr || x - y > tr.x - tr.y) tr = p;
      if (!bl || x - y < bl.x - bl.y) bl = p;
    }
  }
  if (!tl || !tr || !br || !bl) return undefined;
  // Each side: the boundary points near the segment between its rough corners, away from the rounded
  // corners; the fitted lines meet at the true corners.
  const rough: Quad = [tl, tr, br, bl];
  const lines = rough.map((a, i) => {
    const b = rough[(i + 1) % 4]!;
    const len = dist(a, b);
    if (len < 20) return undefined;
    const ux = (b.x - a.x) / len;
    const uy = (b.y - a.y) / len;
    const near = edge.filter((p) => {
      const t = (p.x - a.x) * ux + (p.y - a.y) * uy;
      const off = Math.abs((p.x - a.x) * uy - (p.y - a.y) * ux);
      return t > len * 0.15 && t < len * 0.85 && off < Math.max(3, len * 0.03);
    });
    return near.length > len * 0.4 ? fitLine(near) : undefined;
  });
  if (lines.some((l) => !l)) return undefined;
  const corners = rough.map((_, i) => intersect(lines[(i + 3) % 4]!, lines[i]!));
  if (corners.some((c) => !c || c.x < -w * 0.05 || c.y < -h * 0.05 || c.x > w * 1.05 || c.y > h * 1.05)) return undefined;
  const quad = corners.map((c) => ({ x: c!.x / scale, y: c!.y / scale })) as Quad;
  // Opposite sides of a paper seen at a slant differ by a modest keystone, never by half.
  const [top, right, bottom, left] = quad.map((a, i) => dist(a, quad[(i + 1) % 4]!)) as [number, number, number, number];
  if (Math.min(top, bottom) / Math.max(top, bottom) < 0.7 || Math.min(left, right) / Math.max(left, right) < 0.7) return undefined;
  return quad;
}

/** Solves the 8×8 system of a homography mapping the unit rectangle corners to `quad` (Gaussian elimination). */
function homography(src: Point[], dst: Point[]): number[] | undefined {
  const A: number[][] = [];
  for (let i = 0; i < 4; i++) {
    const { x, y } = src[i]!;
    const { x: u, y: v } = dst[i]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y, u]);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y, v]);
  }
  for (let c = 0; c < 8; c++) {
    let pivot = c;
    for (let r = c + 1; r < 8; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[pivot]![c]!)) pivot = r;
    if (Math.abs(A[pivot]![c]!) < 1e-9) return undefined;
    [A[c], A[pivot]] = [A[pivot]!, A[c]!];
    for (let r = 0; r < 8; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / A[c]![c]!;
      for (let k = c; k < 9; k++) A[r]![k]! -= f * A[c]![k]!;
    }
  }
  return [...A.map((row, i) => row[8]! / row[i]!), 1];
}

const ID1 = 85.6 / 54;
const sides = (q: Quad) => ({ w: (dist(q[0], q[1]) + dist(q[3], q[2])) / 2, h: (dist(q[0], q[3]) + dist(q[1], q[2])) / 2 });

/**
 * An ID card (ISO/IEC 7810 ID-1, 85.6 × 54 mm) rather than a sheet: a card is rigid, so its edges are exact
 * guides to its text lines; a sheet bends, and its edges are not.
 */
export function isCardShaped(quad: Quad): boolean {
  const { w, h } = sides(quad);
  return Math.abs(w / h - ID1) < 0.2;
}

/** Size of the straightened paper: its measured sides, an ID card's 85.6 × 54 mm when it is close to that. */
export function paperSize(quad: Quad, targetWidth: number): { width: number; height: number } {
  const { w, h } = sides(quad);
  const ratio = isCardShaped(quad) ? ID1 : w / h;
  const width = Math.round(Math.max(targetWidth, Math.min(w, 2400)));
  return { width, height: Math.round(width / ratio) };
}

/** The quadrilateral of `g` mapped onto a width × height rectangle (bilinear sampling), with a white margin. */
export function warpPaper(g: GrayImage, quad: Quad, width: number, height: number, margin = 16): GrayImage {
  const W = width + 2 * margin;
  const H = height + 2 * margin;
  const m = homography([{ x: 0, y: 0 }, { x: width, y: 0 }, { x: width, y: height }, { x: 0, y: height }], quad);
  const out = new Uint8Array(W * H).fill(255);
  if (!m) return { data: out, width: W, height: H };
  const { width: sw, height: sh, data } = g;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const d = m[6]! * x + m[7]! * y + m[8]!;
      const sx = (m[0]! * x + m[1]! * y + m[2]!) / d;
      const sy = (m[3]! * x + m[4]! * y + m[5]!) / d;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= sw - 1 || y0 >= sh - 1) continue;
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * sw + x0;
      const a = data[i]! * (1 - fx) + data[i + 1]! * fx;
      const b = data[i + sw]! * (1 - fx) + data[i + sw + 1]! * fx;
      out[(y + margin) * W + x + margin] = Math.round(a * (1 - fy) + b * fy);
    }
  }
  return { data: out, width: W, height: H };
}
