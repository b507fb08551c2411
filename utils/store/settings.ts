import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../schema';
import { getMeta, setMeta } from './meta';

export async function getSettings(): Promise<Settings> {
  const raw = await getMeta<unknown>('settings');
  const parsed = settingsSchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = settingsSchema.parse({ ...(await getSettings()), ...patch });
  await setMeta('settings', next);
  return next;
}
