import { z } from 'zod';

/** ISO calendar date yyyy-mm-dd that exists in the calendar. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng yyyy-mm-dd')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, 'Ngày không tồn tại');

/** ISO 8601 date-time with an explicit offset (the dictionary's convention). */
export const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/, 'Thời điểm phải có dạng ISO 8601 kèm múi giờ')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'Thời điểm không hợp lệ');

/**
 * An optional text field: NFC, trimmed, and '' treated as absent (CSV cells and form inputs give '').
 * `inner` validates the cleaned value when present.
 */
export function optional<T extends z.ZodType<unknown, string>>(inner?: T) {
  const clean = z.string().transform((s) => s.normalize('NFC').trim() || undefined);
  return (inner ? clean.pipe(inner.optional()) : clean).optional();
}

export const optText = optional();
