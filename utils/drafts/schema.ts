import { z } from 'zod';

export const draftFieldSchema = z.object({
  /** Stable name of the control within its form: name, id, or position. */
  key: z.string().max(200),
  value: z.string().max(20_000),
  checked: z.boolean().optional(),
});
export type DraftField = z.infer<typeof draftFieldSchema>;

export const draftSnapshotSchema = z.object({
  url: z.string().url().max(2000),
  signature: z.string().max(100),
  fields: z.array(draftFieldSchema).max(500),
});
export type DraftSnapshot = z.infer<typeof draftSnapshotSchema>;

