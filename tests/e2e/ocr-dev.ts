import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The synthetic papers of ../shared/ocr-dev (random data, no real person) with their truth sidecars. */
export const OCR_DEV = resolve(import.meta.dirname, '../../../shared/ocr-dev');

export interface Truth {
  image: string;
  docType: string;
  hasQr?: boolean;
  fields: Record<string, string>;
}

export const truths: Truth[] = readdirSync(OCR_DEV)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(resolve(OCR_DEV, f), 'utf8')) as Truth);

export const firstOf = (docType: string, hasQr?: boolean): Truth =>
  truths.find((t) => t.docType === docType && (hasQr === undefined || Boolean(t.hasQr) === hasQr))!;

export const bytesOf = (t: Truth): Uint8Array => new Uint8Array(readFileSync(resolve(OCR_DEV, t.image)));
