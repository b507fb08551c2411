import { z } from 'zod';
import { PERSON_FIELD_KEYS, siteProfileSchema, type SiteProfile } from '../schema';

/**
 * Recipes shared between officers of a unit as one JSON file: { format, exportedAt, profiles }. A file
 * is taken whole or not at all: any invalid profile rejects it with a Vietnamese reason, so a bad file
 * changes nothing.
 */
export const RECIPE_FILE_FORMAT = 'tro-ly-mot-cua/recipes@1';

const fileSchema = z.object({
  format: z.literal(RECIPE_FILE_FORMAT),
  exportedAt: z.string().optional(),
  profiles: z.array(siteProfileSchema).max(1000),
});

export function exportRecipes(profiles: SiteProfile[], now = new Date()): string {
  return JSON.stringify({ format: RECIPE_FILE_FORMAT, exportedAt: now.toISOString(), profiles }, null, 2);
}

export type RecipeImport = { ok: true; profiles: SiteProfile[] } | { ok: false; error: string };

export function parseRecipeFile(text: string): RecipeImport {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'Tệp không phải JSON hợp lệ.' };
  }
  const parsed = fileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (tại ${issue.path.join('.')})` : '';
    if (issue?.path[0] === 'format') return { ok: false, error: 'Tệp không phải tệp công thức điền của Trợ lý Một cửa.' };
    return { ok: false, error: `Tệp công thức không hợp lệ${where}.` };
  }
  const keys = new Set<string>(PERSON_FIELD_KEYS);
  for (const [i, p] of parsed.data.profiles.entries()) {
    const bad = p.fields.find((f) => !keys.has(f.key));
    if (bad) return { ok: false, error: `Công thức thứ ${i + 1} (${p.origin}) có trường không biết: "${bad.key}".` };
  }
  return { ok: true, profiles: parsed.data.profiles };
}
