import { z } from 'zod';

export const LEVELS = ['commune', 'district', 'province'] as const;

/** Processing time: working days, or hours/half-days for short procedures. */
export const processingTimeSchema = z.object({
  unit: z.enum(['workingDays', 'workingHours', 'halfDays']),
  amount: z.number().nonnegative(),
  /** Local time after which a receipt counts from the next working day, e.g. "15:00". */
  cutoff: z.string().regex(/^\d{2}:\d{2}$/).optional(),
});

export const procedureSchema = z.object({
  code: z.string().trim().min(1),
  name: z.string().trim().min(1),
  level: z.enum(LEVELS),
  processingTime: processingTimeSchema,
});
export type Procedure = z.infer<typeof procedureSchema>;
