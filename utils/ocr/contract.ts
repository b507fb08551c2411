/**
 * The contract between the "Đọc giấy tờ" screen (side panel) and the OCR runtime (offscreen document in
 * Chrome, an extension page in Firefox). The screen calls `readPapers` from utils/ocr/client.ts; the runtime
 * answers with one `PaperRead` per image or PDF page. Nothing here is stored: the officer confirms a record
 * on the review screen and only that record is saved (encrypted) through the persons repository.
 */
import { z } from 'zod';
import { ocrResultSchema } from './types';

/** Limits that the screen checks before sending and the runtime checks again. */
export const OCR_LIMITS = {
  maxFiles: 20,
  maxFileBytes: 25 * 1024 * 1024,
  maxPdfPages: 20,
  mimes: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const,
};

/** A field's place on the page, as fractions (0..1) of the page image's width and height. */
export const fractionBoxSchema = z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() });
export type FractionBox = z.infer<typeof fractionBoxSchema>;

export const paperReadSchema = z.object({
  /** The file's name as the officer chose it (or the image URL's last segment for the context menu). */
  file: z.string(),
  /** 1-based page number for PDFs. */
  page: z.number().int().min(1).optional(),
  result: ocrResultSchema.extend({
    /** Where each field was read on the page; absent for fields that came only from the QR code. */
    boxes: z.record(z.string(), fractionBoxSchema).optional(),
  }),
  /** A downscaled JPEG data URL (≤ 1600 px wide) of the page as read, for the review crops. Never stored. */
  preview: z.string().optional(),
  ms: z.number(),
});
export type PaperRead = z.infer<typeof paperReadSchema>;

export const ocrProgressSchema = z.object({
  type: z.literal('ocr:progress'),
  id: z.string(),
  /** 0-based index of the file (or PDF page, counted across files) being read, and how many there are. */
  index: z.number().int().min(0),
  total: z.number().int().min(1),
  stage: z.enum(['decode', 'qr', 'ocr', 'fields', 'done']),
  /** Overall fraction 0..1 for the progress bar. */
  fraction: z.number().min(0).max(1),
});
export type OcrProgress = z.infer<typeof ocrProgressSchema>;

export interface PaperInput {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

export interface ReadPapersOptions {
  onProgress?(p: OcrProgress): void;
  signal?: AbortSignal;
}

/** What utils/ocr/client.ts exports; errors reject with an Error whose message is Vietnamese, for the officer. */
export type ReadPapers = (files: PaperInput[], opts?: ReadPapersOptions) => Promise<PaperRead[]>;
