/**
 * tesseract.js behind the pipeline's TextEngine interface, for any context: the caller creates the worker
 * (Node: local langPath; extension page: workerPath/corePath/langPath as extension URLs, workerBlobURL false)
 * and says how to hand pixels to it (Node: PNG bytes; browser: an OffscreenCanvas).
 */
import type { ImageLike, Worker } from 'tesseract.js';
import type { OcrLine, RgbaImage, TextEngine } from './types';

export function wrapTesseract(worker: Worker, toInput: (image: RgbaImage) => ImageLike | Promise<ImageLike>): TextEngine & { close(): Promise<void> } {
  let current = '';
  return {
    async recognize(image, opts) {
      const params = {
        user_defined_dpi: '300', // also keeps tesseract from printing its resolution estimate
        tessedit_pageseg_mode: String(opts?.psm ?? 6), // tesseract.js default: single block
        tessedit_char_whitelist: opts?.whitelist ?? '',
      };
      const key = JSON.stringify(params);
      // setParameters costs a round trip to the worker: only when the settings change.
      if (key !== current) {
        await worker.setParameters(params as never);
        current = key;
      }
      const r = await worker.recognize(await toInput(image), {}, { text: true, blocks: Boolean(opts?.withLines) });
      const lines: OcrLine[] | undefined = opts?.withLines
        ? (r.data.blocks ?? []).flatMap((b) =>
            b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text, confidence: l.confidence, bbox: l.bbox, words: l.words.map((w) => ({ text: w.text, bbox: w.bbox })) }))),
          )
        : undefined;
      return { text: r.data.text, confidence: r.data.confidence, ...(lines ? { lines } : {}) };
    },
    close: async () => {
      await worker.terminate();
    },
  };
}
