import type { Rect } from './schema';

/** 2D context both a page canvas and an OffscreenCanvas (service worker) provide. */
type Ctx = Pick<CanvasRenderingContext2D, 'getImageData' | 'fillRect' | 'fillStyle'>;

/**
 * Hide each rectangle: the region is flattened to its average colour, then crossed with a light hatch so a
 * reader sees something was hidden. Flattening (not a Gaussian blur) leaves no stroke of the text to
 * reconstruct or to OCR.
 */
export function flattenRects(ctx: Ctx, rects: Rect[]): void {
  for (const r of rects) {
    const x = Math.round(r.x);
    const y = Math.round(r.y);
    const w = Math.round(r.width);
    const h = Math.round(r.height);
    if (w <= 0 || h <= 0) continue;
    const px = ctx.getImageData(x, y, w, h).data;
    let R = 0;
    let G = 0;
    let B = 0;
    const n = px.length / 4;
    for (let i = 0; i < px.length; i += 4) {
      R += px[i]!;
      G += px[i + 1]!;
      B += px[i + 2]!;
    }
    ctx.fillStyle = `rgb(${Math.round(R / n)},${Math.round(G / n)},${Math.round(B / n)})`;
    ctx.fillRect(x, y, w, h);
    ctx.fillStyle = 'rgba(120,120,120,0.35)';
    for (let s = 0; s < w + h; s += 8) ctx.fillRect(x + Math.max(0, s - h), y + Math.min(h - 2, s), 2, 2);
  }
}

/**
 * Blur a captured PNG (data URL) in the extension: decode, flatten the rectangles, encode. Runs in the
 * background service worker (OffscreenCanvas), so the unblurred image never reaches storage or a page.
 */
export async function blurCapture(dataUrl: string, rectsFor: (w: number, h: number) => Rect[]): Promise<string> {
  const blob = await (await fetch(dataUrl)).blob();
  const bmp = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(bmp.width, bmp.height);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Không tạo được ảnh chụp màn hình.');
  ctx.drawImage(bmp, 0, 0);
  flattenRects(ctx as unknown as Ctx, rectsFor(bmp.width, bmp.height));
  const out = await canvas.convertToBlob({ type: 'image/png' });
  const bytes = new Uint8Array(await out.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(bin)}`;
}
