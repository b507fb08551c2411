import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { BadInputError, createNodeEngine, decodeImage, readQrNode } from '../../utils/ocr/node';
import { readPaper } from '../../utils/ocr/pipeline';

/** ocr <file>...: the extension's OCR pipeline under Node, one JSON entry per file. */
export async function run(files: string[]) {
  if (!files.length) throw new Error('Cách dùng: ocr <tệp ảnh>...');
  const engine = await createNodeEngine();
  const out: unknown[] = [];
  try {
    for (const given of files) {
      // npm runs scripts from the project root; paths are relative to where the officer typed the command.
      const file = resolve(process.env.INIT_CWD ?? process.cwd(), given);
      const started = performance.now();
      try {
        if (statSync(file).size > 25 * 1024 * 1024) throw new BadInputError('Tệp quá lớn (tối đa 25 MB).');
        const image = decodeImage(new Uint8Array(readFileSync(file)));
        const r = await readPaper(image, { engine, readQr: readQrNode });
        out.push({ file: given, docType: r.docType, fields: r.fields, confidence: r.confidence, ms: Math.round(performance.now() - started), ...(r.conflicts.length ? { conflicts: r.conflicts } : {}), ...(r.error ? { error: r.error } : {}) });
      } catch (err) {
        const message = err instanceof BadInputError ? err.message : (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'Không tìm thấy tệp.' : `Không đọc được: ${(err as Error).message}`;
        out.push({ file: given, docType: null, fields: {}, confidence: {}, ms: Math.round(performance.now() - started), error: message });
      }
    }
  } finally {
    await engine.close();
  }
  return out;
}
