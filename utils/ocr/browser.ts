/**
 * The pipeline's edges in an extension page (offscreen document in Chrome, a hidden page in Firefox):
 * decoding with createImageBitmap/OffscreenCanvas, zxing-wasm and tesseract.js from bundled files.
 * Nothing is fetched from the network: every URL passed in must be an extension URL.
 */
import { createWorker } from 'tesseract.js';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { toB64 } from '../crypto/bytes';
import { wrapTesseract } from './engine';
import type { RgbaImage, TextEngine } from './types';

export interface OcrAssets {
  /** tesseract.js worker script (dist/worker.min.js copied into the extension). */
  workerPath: string;
  /** Folder with tesseract.js-core *-lstm*.wasm.js variants. */
  corePath: string;
  /** Folder with vie.traineddata.gz (@tesseract.js-data/vie 4.0.0_best_int). */
  langPath: string;
  /** zxing_reader.wasm from zxing-wasm. */
  zxingWasmUrl: string;
}

const MAX_PIXELS = 40_000_000;

export class BadImageError extends Error {}

/** Decodes JPEG, PNG or WebP bytes into RGBA pixels. */
export async function decodeBlob(blob: Blob): Promise<RgbaImage> {
  if (blob.size === 0) throw new BadImageError('Tệp trống.');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new BadImageError('Ảnh bị hỏng, không đầy đủ hoặc không phải định dạng JPEG, PNG, WebP.');
  }
  if (bitmap.width * bitmap.height > MAX_PIXELS) {
    bitmap.close();
    throw new BadImageError('Ảnh quá lớn (tối đa 40 megapixel).');
  }
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

function toCanvas(image: RgbaImage): OffscreenCanvas {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const data = image.data instanceof Uint8ClampedArray ? image.data : new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
  canvas.getContext('2d')!.putImageData(new ImageData(data as Uint8ClampedArray<ArrayBuffer>, image.width, image.height), 0, 0);
  return canvas;
}

/** A downscaled JPEG data URL of the page as read, for the review screen's crops (never stored). */
export async function toPreview(image: RgbaImage, maxWidth: number): Promise<string> {
  const scale = Math.min(1, maxWidth / image.width);
  const canvas = new OffscreenCanvas(Math.round(image.width * scale), Math.round(image.height * scale));
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(toCanvas(image), 0, 0, canvas.width, canvas.height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  return `data:image/jpeg;base64,${toB64(new Uint8Array(await blob.arrayBuffer()))}`;
}

/** One tesseract.js worker with the bundled Vietnamese model; keep it and reuse it, close it when idle. */
export async function createBrowserEngine(assets: OcrAssets): Promise<TextEngine & { close(): Promise<void> }> {
  const worker = await createWorker('vie', 1, {
    workerPath: assets.workerPath,
    corePath: assets.corePath,
    langPath: assets.langPath,
    workerBlobURL: false,
    cacheMethod: 'none',
    gzip: true,
  });
  return wrapTesseract(worker, toCanvas);
}

let zxingReady: Promise<unknown> | undefined;

export function createBrowserQrReader(zxingWasmUrl: string): (image: RgbaImage) => Promise<string[]> {
  return async (image) => {
    zxingReady ??= prepareZXingModule({ overrides: { locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? zxingWasmUrl : prefix + path) }, fireImmediately: true });
    await zxingReady;
    const data = image.data instanceof Uint8ClampedArray ? image.data : new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.byteLength);
    const found = await readBarcodes({ data, width: image.width, height: image.height, colorSpace: 'srgb' } as ImageData, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
    return found.filter((r) => r.isValid).map((r) => r.text);
  };
}
