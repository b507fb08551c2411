import { describe, expect, it } from 'vitest';
import { findPaper, paperSize, warpPaper, type Point, type Quad } from '../../utils/ocr/card';
import type { GrayImage } from '../../utils/ocr/preprocess';

/** Point of a card seen in perspective: (u, v) in [0, 1]² mapped bilinearly onto the quad. */
const onQuad = (q: Quad, u: number, v: number): Point => ({
  x: (1 - v) * ((1 - u) * q[0].x + u * q[1].x) + v * ((1 - u) * q[3].x + u * q[2].x),
  y: (1 - v) * ((1 - u) * q[0].y + u * q[1].y) + v * ((1 - u) * q[3].y + u * q[2].y),
});

/** A photo: dark desk, a light card on it (tilted, one edge nearer), a dark square printed at (0.2, 0.3). */
function photo(q: Quad, w = 900, h = 640, desk = 60): GrayImage {
  const data = new Uint8Array(w * h).fill(desk);
  for (let i = 0; i <= 1500; i++) {
    for (let j = 0; j <= 1000; j++) {
      const u = i / 1500;
      const v = j / 1000;
      const p = onQuad(q, u, v);
      const mark = Math.abs(u - 0.2) < 0.03 && Math.abs(v - 0.3) < 0.045;
      const idx = Math.round(p.y) * w + Math.round(p.x);
      if (idx >= 0 && idx < data.length) data[idx] = mark ? 20 : 225;
    }
  }
  return { data, width: w, height: h };
}

const tilted: Quad = [{ x: 110, y: 70 }, { x: 820, y: 130 }, { x: 790, y: 560 }, { x: 60, y: 515 }];

describe('finding the paper in a photo', () => {
  it('finds the four corners of a tilted card seen in perspective', () => {
    const found = findPaper(photo(tilted));
    expect(found).toBeDefined();
    found!.forEach((c, i) => {
      expect(Math.abs(c.x - tilted[i]!.x)).toBeLessThan(9);
      expect(Math.abs(c.y - tilted[i]!.y)).toBeLessThan(9);
    });
  });

  it('straightens it: what was printed at a place of the card is found there on the rectangle', () => {
    const img = photo(tilted);
    const size = paperSize(findPaper(img)!, 1200);
    expect(size.width).toBe(1200);
    expect(size.height).toBe(Math.round(1200 / 1.585));
    const flat = warpPaper(img, findPaper(img)!, size.width, size.height, 0);
    const at = (u: number, v: number) => flat.data[Math.round(v * size.height) * flat.width + Math.round(u * size.width)]!;
    expect(at(0.2, 0.3)).toBeLessThan(80);
    expect(at(0.5, 0.5)).toBeGreaterThan(180);
    expect(at(0.02, 0.5)).toBeGreaterThan(180); // the desk is cut away
  });

  it('leaves scans and close-ups alone: no darker desk around the paper', () => {
    const scan = photo(tilted, 900, 640, 240);
    expect(findPaper(scan)).toBeUndefined();
    const blank: GrayImage = { data: new Uint8Array(500 * 300).fill(200), width: 500, height: 300 };
    expect(findPaper(blank)).toBeUndefined();
  });
});
