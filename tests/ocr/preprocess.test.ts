import { describe, expect, it } from 'vitest';
import { cropGray } from '../../utils/ocr/preprocess';

describe('crops for re-reading one field', () => {
  it('surround the crop with its own background grey, not white, so a grey card is not thresholded to black', () => {
    const w = 200;
    const h = 60;
    const data = new Uint8Array(w * h).fill(190);
    for (let x = 20; x < 180; x += 6) for (let y = 20; y < 40; y++) data[y * w + x] = 40; // strokes
    const crop = cropGray({ data, width: w, height: h }, { x0: 10, y0: 10, x1: 190, y1: 50 }, 12);
    expect(crop.data[0]).toBe(190);
    expect(crop.data[crop.data.length - 1]).toBe(190);
    expect(crop.width).toBe(180 + 24);
  });
});
