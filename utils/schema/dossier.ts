import { z } from 'zod';
import { isoDateTime, optText, optional } from './common';

export const DOSSIER_STATUSES = ['early', 'onTime', 'late', 'open', 'overdue'] as const;
export const dossierStatusSchema = z.enum(DOSSIER_STATUSES);
export type DossierStatus = z.infer<typeof dossierStatusSchema>;

export const CHANNELS = ['online', 'inPerson', 'post'] as const;
export const channelSchema = z.enum(CHANNELS);

/** A dossier (hồ sơ thủ tục hành chính); `status` is derived, never stored as truth. */
export const dossierSchema = z.object({
  code: z.string().trim().min(1, 'Thiếu mã hồ sơ'),
  procedureCode: optText,
  procedureName: optText,
  applicantName: optText,
  applicantIdNumber: optional(z.string().regex(/^\d{12}$/, 'Số định danh phải có đúng 12 chữ số')),
  receivedAt: isoDateTime,
  dueAt: isoDateTime.optional(),
  resolvedAt: isoDateTime.optional(),
  officer: optText,
  unit: optText,
  channel: channelSchema.optional(),
  personId: z.string().optional(),
  withdrawn: z.boolean().optional(),
  returned: z.boolean().optional(),
  updatedAt: z.number().int().optional(),
});
export type Dossier = z.infer<typeof dossierSchema>;
