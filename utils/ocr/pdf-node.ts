/**
 * PDF pages as images under Node: pdfjs-dist (legacy build) rendering onto @napi-rs/canvas, its optional
 * Node canvas. Scanned papers come as PDFs from portals and scanners; every page is read.
 */
import { createCanvas } from '@napi-rs/canvas';
import { BadInputError } from './node';
import type { RgbaImage } from './types';

const MAX_PAGES = 50;
/** Rendered page width: enough for tesseract's text height on an A4 scan or a card on a page. */
const TARGET_WIDTH = 1600;

export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
}

export async function renderPdfPages(bytes: Uint8Array): Promise<RgbaImage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    // A copy: pdfjs transfers the buffer to its worker.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  } catch {
    throw new BadInputError('Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.');
  }
  try {
    if (doc.numPages === 0) throw new BadInputError('Tệp PDF không có trang nào.');
    if (doc.numPages > MAX_PAGES) throw new BadInputError(`Tệp PDF quá nhiều trang (tối đa ${MAX_PAGES}).`);
    const pages: RgbaImage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: Math.min(4, TARGET_WIDTH / base.width) });
      const width = Math.round(viewport.width);
      const height = Math.round(viewport.height);
      const canvas = createCanvas(width, height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, width, height);
      await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport }).promise;
      const data = ctx.getImageData(0, 0, width, height).data;
      pages.push({ data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width, height });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}
