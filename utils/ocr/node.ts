/**
 * The pipeline's edges under Node: decoding files, the bundled zxing-wasm reader and a tesseract.js worker
 * with the bundled Vietnamese model. Nothing is fetched from the network.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { createWorker, type Worker } from 'tesseract.js';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { wrapTesseract } from './engine';
import type { RgbaImage, TextEngine } from './types';

const require = createRequire(import.meta.url);
const MAX_BYTES = 25 * 1024 * 1024;
const MAX_PIXELS = 40_000_000;

export class BadInputError extends Error {}

export function decodeImage(bytes: Uint8Array): RgbaImage {
  if (bytes.length === 0) throw new BadInputError('Tệp trống.');
  if (bytes.length > MAX_BYTES) throw new BadInputError('Tệp quá lớn (tối đa 25 MB).');
  const isJpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
  const isPng = bytes[0] === 0x89 && bytes[1] === 0x50;
  try {
    if (isJpeg) return jpeg.decode(bytes, { useTArray: true, maxResolutionInMP: MAX_PIXELS / 1e6, maxMemoryUsageInMB: 1024 });
    if (isPng) {
      const png = PNG.sync.read(Buffer.from(bytes));
      return { data: png.data, width: png.width, height: png.height };
    }
  } catch {
    throw new BadInputError('Ảnh bị hỏng hoặc không đầy đủ, không đọc được.');
  }
  if (bytes[0] === 0x25 && bytes[1] === 0x50) throw new BadInputError('Công cụ dòng lệnh chưa đọc PDF; hãy dùng "Đọc giấy tờ" trong tiện ích hoặc xuất trang thành ảnh.');
  throw new BadInputError('Định dạng tệp không được hỗ trợ (cần JPEG hoặc PNG).');
}

export function encodePng(img: RgbaImage): Buffer {
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  return PNG.sync.write(png, { deflateLevel: 1 });
}

let zxingReady: Promise<unknown> | undefined;
export async function readQrNode(img: RgbaImage): Promise<string[]> {
  zxingReady ??= (async () => {
    const entry = require.resolve('zxing-wasm/reader');
    const wasm = readFileSync(join(entry.slice(0, entry.lastIndexOf('/dist/') + 6), 'reader/zxing_reader.wasm'));
    return prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: true });
  })();
  await zxingReady;
  const data = img.data instanceof Uint8ClampedArray ? img.data : new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.byteLength);
  const found = await readBarcodes({ data, width: img.width, height: img.height, colorSpace: 'srgb' } as ImageData, { formats: ['QRCode'], tryHarder: true, maxNumberOfSymbols: 1 });
  return found.filter((r) => r.isValid).map((r) => r.text);
}

export async function createNodeEngine(): Promise<TextEngine & { close(): Promise<void> }> {
  const langPath = join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
  const worker: Worker = await createWorker('vie', 1, { langPath, cacheMethod: 'none', gzip: true });
  return wrapTesseract(worker, encodePng);
}
