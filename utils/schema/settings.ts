import { z } from 'zod';

export const settingsSchema = z.object({
  locale: z.enum(['vi', 'en']).default('vi'),
  extraHosts: z.array(z.string()).default([]),
  autoLockMinutes: z.number().int().min(1).max(24 * 60).default(15),
  retentionDays: z.number().int().min(1).max(3650).default(90),
  draftExpiryDays: z.number().int().min(1).max(90).default(7),
  officeHours: z
    .object({
      morning: z.tuple([z.string(), z.string()]).default(['07:30', '11:30']),
      afternoon: z.tuple([z.string(), z.string()]).default(['13:30', '17:00']),
    })
    .default({ morning: ['07:30', '11:30'], afternoon: ['13:30', '17:00'] }),
  alertThresholds: z.array(z.enum(['oneDayBefore', 'onTheDay', 'overdue'])).default(['oneDayBefore', 'onTheDay', 'overdue']),
});
export type Settings = z.infer<typeof settingsSchema>;
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
