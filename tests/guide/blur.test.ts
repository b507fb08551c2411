// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { flattenRects } from '../../utils/guide/blur-apply';
import { scaleRects, sensitiveValues } from '../../utils/guide/blur';

describe('blur planning', () => {
  it('keeps values worth hiding, normalised, and drops very short ones that would blur common words', () => {
    expect(sensitiveValues(['Nguyễn Văn An', ' 001089012345 ', 'Nam', undefined, '', 'Nguyễn  Văn An'])).toEqual(['nguyễn văn an', '001089012345']);
  });

  it('scales viewport rectangles to the captured image (device pixel ratio) and clips them to it', () => {
    const rects = scaleRects(
      {
        viewport: { width: 1000, height: 500 },
        rects: [
          { x: 10, y: 20, width: 100, height: 30 },
          { x: 950, y: 480, width: 100, height: 50 },
          { x: -20, y: -5, width: 30, height: 10 },
        ],
      },
      2000,
      1000,
    );
    expect(rects).toEqual([
      { x: 20, y: 40, width: 200, height: 60 },
      { x: 1900, y: 960, width: 100, height: 40 },
      { x: 0, y: 0, width: 60, height: 20 },
    ]);
  });

  it('flattens each rectangle so no stroke of the text is left', () => {
    // A 4×2 black-on-white "text" region: afterwards every pixel in it has one colour (its average).
    const w = 4;
    const h = 2;
    const data = new Uint8ClampedArray(w * h * 4).map((_, i) => (i % 4 === 3 ? 255 : (i >> 2) % 2 ? 0 : 255));
    const filled: { style: string; x: number; y: number; w: number; h: number }[] = [];
    const ctx = {
      fillStyle: '',
      getImageData: () => ({ data }) as ImageData,
      fillRect(x: number, y: number, fw: number, fh: number) {
        filled.push({ style: String(this.fillStyle), x, y, w: fw, h: fh });
      },
    };
    flattenRects(ctx as never, [{ x: 0, y: 0, width: w, height: h }]);
    expect(filled[0]).toEqual({ style: 'rgb(128,128,128)', x: 0, y: 0, w, h });
  });
});
