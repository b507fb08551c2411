import { z } from 'zod';

export const DOC_TYPES = ['cccd_2021_front', 'cccd_2021_back', 'cancuoc_2024_front', 'cancuoc_2024_back', 'cmnd_front', 'birth_certificate'] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Decoded pixels, RGBA, as both ImageData and Node decoders give them. */
export interface RgbaImage {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

export const ocrResultSchema = z.object({
  docType: z.enum(DOC_TYPES).nullable(),
  fields: z.record(z.string(), z.string()),
  confidence: z.record(z.string(), z.number()),
  /** Where each field came from: qr, mrz or text. */
  sources: z.record(z.string(), z.enum(['qr', 'mrz', 'text'])),
  conflicts: z.array(z.object({ field: z.string(), values: z.record(z.string(), z.string()), message: z.string() })),
  /** Where each value was printed, as fractions of the straightened page (see ReadOptions.onPrepared). */
  boxes: z.record(z.string(), z.object({ x0: z.number(), y0: z.number(), x1: z.number(), y1: z.number() })).optional(),
  error: z.string().optional(),
});
export type OcrResult = z.infer<typeof ocrResultSchema>;

/** The OCR engine behind a small interface: tesseract.js in a worker (Node or offscreen document). */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrLine {
  text: string;
  confidence: number;
  bbox: Box;
  words?: { text: string; bbox: Box }[];
}

export interface TextEngine {
  /** Text of the image; `lines` (with boxes) when `withLines` is asked, for re-reading single fields. */
  recognize(
    image: RgbaImage,
    opts?: { psm?: number; whitelist?: string; withLines?: boolean },
  ): Promise<{ text: string; confidence: number; lines?: OcrLine[] }>;
}
