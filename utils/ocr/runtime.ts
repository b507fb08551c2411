/**
 * The OCR runtime of an extension page: the offscreen document in Chrome, the side panel itself in Firefox
 * (no offscreen API there). One tesseract.js worker is started on first use, reused for every paper and
 * terminated after an idle spell so the 60–100 MB it holds go back to the officer's machine.
 */
import { browser } from 'wxt/browser';
import { createBrowserEngine, createBrowserQrReader, decodeBlob, toPreview, BadImageError } from './browser';
import { OCR_LIMITS, type OcrProgress, type PaperInput, type PaperRead } from './contract';
import { isPdf, renderPdfPages } from './pdf-browser';
import { readPaper } from './pipeline';
import { grayToRgba, type GrayImage } from './preprocess';
import type { RgbaImage, TextEngine } from './types';

export const IDLE_RELEASE_MS = 120_000;

const asset = (path: string) => browser.runtime.getURL(path as '/');

let engine: Promise<TextEngine & { close(): Promise<void> }> | undefined;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
let busy = 0;
let onReleased: (() => void) | undefined;

function getEngine() {
  engine ??= createBrowserEngine({
    workerPath: asset('/ocr/worker.min.js'),
    corePath: asset('/ocr/tesseract-core-simd-lstm.wasm.js'),
    langPath: asset('/ocr'),
    zxingWasmUrl: asset('/ocr/zxing_reader.wasm'),
  }).catch((err) => {
    engine = undefined;
    throw err;
  });
  return engine;
}

/** Called when the idle worker has been let go (the offscreen document then asks to be closed). */
export function setOnReleased(fn: () => void) {
  onReleased = fn;
}

function armIdleRelease() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void releaseEngine(), IDLE_RELEASE_MS);
}

export async function releaseEngine(): Promise<void> {
  if (busy > 0) return;
  const current = engine;
  engine = undefined;
  if (current) await (await current.catch(() => undefined))?.close();
  onReleased?.();
}

const readQr = createBrowserQrReader(asset('/ocr/zxing_reader.wasm'));

/** Decoded pages of one input: an image gives one, a PDF one per page. */
async function pagesOf(file: PaperInput): Promise<RgbaImage[]> {
  if (file.bytes.length === 0) throw new BadImageError('Tệp trống.');
  if (file.bytes.length > OCR_LIMITS.maxFileBytes) throw new BadImageError('Tệp quá lớn (tối đa 25 MB).');
  if (isPdf(file.bytes)) return renderPdfPages(file.bytes, OCR_LIMITS.maxPdfPages);
  if (file.mime === 'application/pdf') throw new BadImageError('Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.');
  return [await decodeBlob(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mime }))];
}

const abortError = () => new DOMException('Đã huỷ đọc giấy tờ.', 'AbortError');

/**
 * Reads every file (every page of a PDF). A file that cannot be read gives an entry with `result.error`
 * (a Vietnamese message) instead of failing the batch; cancelling rejects with an AbortError.
 */
export async function runOcrJob(
  id: string,
  files: PaperInput[],
  opts: { signal?: AbortSignal; onProgress?(p: OcrProgress): void } = {},
): Promise<PaperRead[]> {
  busy++;
  clearTimeout(idleTimer);
  try {
    const out: PaperRead[] = [];
    let total = files.length;
    let index = 0;
    // The bar advances by file; a PDF's pages share its file's slice, so it never moves backwards when a
    // PDF turns out to hold several pages.
    let fileNo = 0;
    let pageShare = 1;
    let pageNo = 0;
    const report = (stage: OcrProgress['stage'], within: number) =>
      opts.onProgress?.({
        type: 'ocr:progress', id, index: Math.min(index, total - 1), total, stage,
        fraction: Math.min(1, (fileNo + (pageNo + within) * pageShare) / files.length),
      });
    for (const file of files) {
      if (opts.signal?.aborted) throw abortError();
      const started = performance.now();
      pageShare = 1;
      pageNo = 0;
      report('decode', 0);
      let pages: RgbaImage[];
      try {
        pages = await pagesOf(file);
      } catch (err) {
        out.push(failed(file.name, err, performance.now() - started));
        index++;
        fileNo++;
        continue;
      }
      total += pages.length - 1;
      pageShare = 1 / pages.length;
      for (let p = 0; p < pages.length; p++) {
        pageNo = p;
        const image = pages[p]!;
        const pageStart = p === 0 ? started : performance.now();
        let straightened: GrayImage | undefined;
        const result = await readPaper(image, { engine: await getEngine(), readQr }, {
          signal: opts.signal,
          onProgress: (stage, f) => report(stage, f),
          onPrepared: (gray) => (straightened = gray),
        });
        out.push({
          file: file.name,
          ...(pages.length > 1 || isPdf(file.bytes) ? { page: p + 1 } : {}),
          result,
          // The boxes are fractions of the straightened page: the preview must be that page too.
          preview: await toPreview(straightened ? grayToRgba(straightened) : image, 1600),
          ms: Math.round(performance.now() - pageStart),
        });
        index++;
        report('done', 1);
      }
      fileNo++;
    }
    return out;
  } finally {
    busy--;
    if (busy === 0) armIdleRelease();
  }
}

function failed(file: string, err: unknown, ms: number): PaperRead {
  if (err instanceof DOMException && err.name === 'AbortError') throw err;
  const message = err instanceof BadImageError ? err.message : 'Không đọc được tệp này: tệp bị hỏng hoặc không phải ảnh/PDF.';
  return { file, result: { docType: null, fields: {}, confidence: {}, sources: {}, conflicts: [], error: message }, ms: Math.round(ms) };
}
