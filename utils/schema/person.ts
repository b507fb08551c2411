import { z } from 'zod';
import { isoDate, optText, optional } from './common';

export const SEX = ['male', 'female'] as const;
export const sexSchema = z.enum(SEX);

export const ROLES = ['applicant', 'subject', 'father', 'mother', 'spouse', 'deceased', 'guardian'] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

const optDate = optional(isoDate);

/** Fields a citizen record holds, keyed as in shared/data-dictionary.md. */
export const personFieldsSchema = z.object({
  idNumber: z.string().trim().regex(/^\d{12}$/, 'Số định danh phải có đúng 12 chữ số'),
  oldIdNumber: optional(z.string().regex(/^\d{9}$/, 'Số CMND phải có đúng 9 chữ số')),
  fullName: z
    .string()
    .transform((s) => s.normalize('NFC').trim().replace(/\s+/g, ' '))
    .pipe(z.string().min(1, 'Thiếu họ và tên').max(120, 'Họ và tên quá dài')),
  dateOfBirth: optDate,
  sex: optional(sexSchema),
  ethnicity: optText,
  religion: optText,
  nationality: optText,
  placeOfOrigin: optText,
  placeOfBirth: optText,
  birthRegistrationPlace: optText,
  placeOfResidence: optText,
  currentAddress: optText,
  issueDate: optDate,
  issuePlace: optText,
  expiryDate: optDate,
  personalFeatures: optText,
  phone: optional(z.string().transform((s) => s.replace(/[\s.-]/g, '')).pipe(z.string().regex(/^(\+84|0)\d{8,10}$/, 'Số điện thoại không hợp lệ'))),
  email: optional(z.email('Thư điện tử không hợp lệ')),
});

export const PERSON_FIELD_KEYS = Object.keys(personFieldsSchema.shape) as (keyof z.infer<typeof personFieldsSchema>)[];
export type PersonFieldKey = (typeof PERSON_FIELD_KEYS)[number];

/** What an import or an edit supplies (input side, before normalisation). */
export type PersonInput = z.input<typeof personFieldsSchema>;
export type PersonFields = z.infer<typeof personFieldsSchema>;

/** A stored record: the fields plus bookkeeping. */
export const personSchema = personFieldsSchema.extend({
  id: z.string().min(1),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  lastUsedAt: z.number().int().optional(),
});
export type Person = z.infer<typeof personSchema>;
