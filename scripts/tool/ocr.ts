import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BadInputError, createNodeEngine, decodeImage, readQrNode } from '../../utils/ocr/node';
import { isPdf, renderPdfPages } from '../../utils/ocr/pdf-node';
import { readPaper } from '../../utils/ocr/pipeline';
import type { RgbaImage } from '../../utils/ocr/types';

const MAX_FILE_BYTES = 25 * 1024 * 1024;

function errorMessage(err: unknown): string {
  if (err instanceof BadInputError) return err.message;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'Không tìm thấy tệp.';
  if (code === 'EISDIR') return 'Đây là thư mục, không phải tệp ảnh.';
  return `Không đọc được tệp: ${(err as Error).message}`;
}

/** ocr <file>...: the extension's OCR pipeline under Node, one JSON entry per image or PDF page. */
export async function run(files: string[]) {
  if (!files.length) throw new Error('Cách dùng: ocr <tệp ảnh hoặc PDF>...');
  const engine = await createNodeEngine();
  const out: unknown[] = [];
  try {
    for (const given of files) {
      // npm runs scripts from the project root; paths are relative to where the officer typed the command.
      const file = resolve(process.env.INIT_CWD ?? process.cwd(), given);
      const started = performance.now();
      let pages: RgbaImage[];
      try {
        if (statSync(file).size > MAX_FILE_BYTES) throw new BadInputError('Tệp quá lớn (tối đa 25 MB).');
        const bytes = new Uint8Array(readFileSync(file));
        pages = isPdf(bytes) ? await renderPdfPages(bytes) : [decodeImage(bytes)];
      } catch (err) {
        out.push({ file: given, docType: null, fields: {}, confidence: {}, ms: Math.round(performance.now() - started), error: errorMessage(err) });
        continue;
      }
      for (let i = 0; i < pages.length; i++) {
        const pageStart = i === 0 ? started : performance.now();
        const page = pages.length > 1 || isPdfName(given) ? { page: i + 1 } : {};
        try {
          const r = await readPaper(pages[i]!, { engine, readQr: readQrNode });
          out.push({
            file: given,
            ...page,
            docType: r.docType,
            fields: r.fields,
            confidence: r.confidence,
            ms: Math.round(performance.now() - pageStart),
            ...(r.conflicts.length ? { conflicts: r.conflicts } : {}),
            ...(r.error ? { error: r.error } : {}),
          });
        } catch (err) {
          out.push({ file: given, ...page, docType: null, fields: {}, confidence: {}, ms: Math.round(performance.now() - pageStart), error: errorMessage(err) });
        }
      }
    }
  } finally {
    await engine.close();
  }
  return out;
}

const isPdfName = (name: string) => /\.pdf$/i.test(name);
