import { z } from 'zod';
import { draftSnapshotSchema } from '../drafts/schema';
import { personFieldsSchema, siteProfileSchema } from '../schema';
import { guideSchema, guideSessionSchema, rectSchema } from '../guide/schema';

/**
 * Every message a content script or page may send to the background, validated there with zod.
 * Content scripts run next to untrusted page code, so each message carries only what its job needs.
 */
export const personSummarySchema = z.object({
  id: z.string(),
  fullName: z.string(),
  idNumber: z.string(),
  dateOfBirth: z.string().optional(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('persons:search'), query: z.string().max(200), limit: z.number().int().min(1).max(50).default(10) }),
  z.object({ type: z.literal('persons:get'), id: z.string().max(100) }),
  z.object({ type: z.literal('persons:active') }),
  z.object({ type: z.literal('persons:setActive'), id: z.string().max(100).nullable() }),
  z.object({
    type: z.literal('persons:capture'),
    fields: personFieldsSchema.partial(),
    mergeIntoId: z.string().max(100).optional(),
  }),
  z.object({ type: z.literal('recipes:forUrl'), url: z.string().url().max(2000) }),
  z.object({ type: z.literal('recipes:save'), profile: siteProfileSchema }),
  z.object({
    type: z.literal('audit:log'),
    action: z.enum(['fill', 'capture', 'import', 'export', 'delete', 'restore']),
    origin: z.string().max(300).optional(),
    recordIds: z.array(z.string().max(100)).max(20).default([]),
    count: z.number().int().min(0).optional(),
  }),
  z.object({ type: z.literal('overlay:load') }),
  z.object({ type: z.literal('hosts:changed') }),
  z.object({ type: z.literal('drafts:save'), snapshot: draftSnapshotSchema }),
  z.object({ type: z.literal('drafts:find'), url: z.string().url().max(2000), signatures: z.array(z.string().max(100)).max(50) }),
  z.object({ type: z.literal('drafts:submitted'), snapshot: draftSnapshotSchema }),
  z.object({ type: z.literal('drafts:discard'), url: z.string().url().max(2000), signature: z.string().max(100) }),
  // Guides: the page sends only the blur rectangles; the background captures, blurs and returns the image.
  z.object({
    type: z.literal('guide:capture'),
    rects: z.array(rectSchema).max(2000),
    viewport: z.object({ width: z.number().min(1), height: z.number().min(1) }),
  }),
  z.object({ type: z.literal('guides:list') }),
  z.object({ type: z.literal('guides:get'), id: z.string().max(60) }),
  z.object({ type: z.literal('guides:save'), guide: guideSchema }),
  z.object({ type: z.literal('guides:delete'), id: z.string().max(60) }),
  z.object({ type: z.literal('guides:import'), text: z.string().max(50 * 1024 * 1024) }),
  z.object({ type: z.literal('guides:export'), ids: z.array(z.string().max(60)).max(100).optional() }),
  z.object({ type: z.literal('guide:session:get') }),
  z.object({ type: z.literal('guide:session:set'), session: guideSessionSchema.nullable() }),
  z.object({ type: z.literal('guides:print'), id: z.string().max(60) }),
  // OCR: extension pages ask for the offscreen runtime, which says when its idle worker is gone.
  // "Lấy danh sách hồ sơ": only the text of the portal's dossier table, size-limited.
  z.object({
    type: z.literal('dossiers:importTable'),
    headers: z.array(z.string().max(200)).min(1).max(60),
    rows: z.array(z.array(z.string().max(2000)).max(60)).max(5000),
  }),
  z.object({ type: z.literal('ocr:ensure') }),
  z.object({ type: z.literal('ocr:release') }),
]);
export type Request = z.input<typeof requestSchema>;
export type RequestType = Request['type'];
