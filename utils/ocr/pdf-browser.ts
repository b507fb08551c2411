/**
 * PDF pages as pixels in an extension page: pdfjs-dist with its worker bundled in the extension (no eval, no
 * font or CMap fetches). Scanned dossiers arrive as PDFs from scanners and portals; every page is read.
 */
import { browser } from 'wxt/browser';
import { BadImageError } from './browser';
import type { RgbaImage } from './types';

/** Rendered page width: enough text height for tesseract on an A4 scan or a card placed on a page. */
const TARGET_WIDTH = 1600;

export function isPdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46; // %PDF
}

export async function renderPdfPages(bytes: Uint8Array, maxPages: number): Promise<RgbaImage[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  pdfjs.GlobalWorkerOptions.workerSrc = browser.runtime.getURL('/ocr/pdf.worker.min.mjs' as '/');
  let doc;
  try {
    // A copy: pdfjs transfers the buffer to its worker.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === 'PasswordException') throw new BadImageError('Tệp PDF có mật khẩu: hãy mở khoá hoặc xuất lại không đặt mật khẩu.');
    throw new BadImageError('Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.');
  }
  try {
    if (doc.numPages === 0) throw new BadImageError('Tệp PDF không có trang nào.');
    if (doc.numPages > maxPages) throw new BadImageError(`Tệp PDF quá nhiều trang (tối đa ${maxPages}).`);
    const pages: RgbaImage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const viewport = page.getViewport({ scale: Math.min(4, TARGET_WIDTH / base.width) });
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(viewport.width);
      canvas.height = Math.round(viewport.height);
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      // 'print': the display intent paces itself with requestAnimationFrame, which never fires in a hidden
      // offscreen document.
      await page.render({ canvas, canvasContext: ctx, viewport, intent: 'print' }).promise;
      pages.push(ctx.getImageData(0, 0, canvas.width, canvas.height));
      page.cleanup();
    }
    return pages;
  } catch (err) {
    if (err instanceof BadImageError) throw err;
    throw new BadImageError('Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.');
  } finally {
    await doc.destroy();
  }
}
