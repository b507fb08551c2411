/**
 * Messages to the OCR runtime in the offscreen document. They carry `target: 'offscreen'` so the background
 * router leaves them alone; they come only from extension pages (the side panel), never from content scripts.
 */
import { z } from 'zod';
import { OCR_LIMITS } from './contract';

/** Base64 of a file's bytes: Chrome's extension messaging is JSON, it drops ArrayBuffers. */
const base64 = z.string().max(Math.ceil((OCR_LIMITS.maxFileBytes * 4) / 3) + 4);

export const offscreenRequestSchema = z.discriminatedUnion('type', [
  z.object({
    target: z.literal('offscreen'),
    type: z.literal('ocr:run'),
    id: z.string().max(64),
    files: z.array(z.object({ name: z.string().max(300), mime: z.string().max(100), base64 })).min(1).max(OCR_LIMITS.maxFiles),
  }),
  z.object({ target: z.literal('offscreen'), type: z.literal('ocr:cancel'), id: z.string().max(64) }),
  z.object({ target: z.literal('offscreen'), type: z.literal('ocr:ping') }),
]);
export type OffscreenRequest = z.infer<typeof offscreenRequestSchema>;

export const isForOffscreen = (m: unknown): boolean => typeof m === 'object' && m !== null && (m as { target?: unknown }).target === 'offscreen';
