import { z } from 'zod';

/**
 * A guide is a list of steps; each step points at one element through a fingerprint (several ways to find
 * it again) and carries the page URL, so replay can continue after a navigation.
 */
export const rectSchema = z.object({ x: z.number(), y: z.number(), width: z.number().min(0), height: z.number().min(0) });
export type Rect = z.infer<typeof rectSchema>;

export const fingerprintSchema = z.object({
  /** Candidate CSS selectors, most specific first (id, name, data-*, aria-label, structural path). */
  selectors: z.array(z.string().max(500)).max(8),
  tag: z.string().max(30),
  type: z.string().max(30).optional(),
  role: z.string().max(40).optional(),
  name: z.string().max(200).optional(),
  /** Label / accessible text, folded-free original, never a citizen's value. */
  label: z.string().max(300).optional(),
  /** Visible text for buttons and links. */
  text: z.string().max(300).optional(),
  /** Position relative to the document, at recording time. */
  rect: rectSchema.optional(),
  /** Index path of same-origin iframes from the top document to the element's document. */
  framePath: z.array(z.number().int().min(0)).max(5).default([]),
});
export type Fingerprint = z.infer<typeof fingerprintSchema>;
export type FingerprintInput = z.input<typeof fingerprintSchema>;

export const stepKindSchema = z.enum(['field', 'click', 'submit']);

export const stepSchema = z.object({
  id: z.string().max(60),
  kind: stepKindSchema,
  url: z.string().max(2000),
  title: z.string().max(300),
  note: z.string().max(2000),
  fingerprint: fingerprintSchema,
  /** PNG data URL, already blurred in an extension context; never the raw capture. */
  screenshot: z
    .string()
    .max(3_000_000)
    .regex(/^data:image\/(png|jpeg);base64,/)
    .optional(),
});
export type Step = z.infer<typeof stepSchema>;

export const guideSchema = z.object({
  id: z.string().max(60),
  title: z.string().min(1).max(300),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  steps: z.array(stepSchema).max(200),
});
export type Guide = z.infer<typeof guideSchema>;

/**
 * What a tab is doing with guides, kept by the background per tab so recording and replay continue after
 * the portal navigates to its next page.
 */
export const guideSessionSchema = z.object({
  mode: z.enum(['record', 'replay']),
  guide: guideSchema,
  index: z.number().int().min(0).default(0),
  screenshots: z.boolean().default(false),
});
export type GuideSession = z.infer<typeof guideSessionSchema>;
