import { siteProfileSchema, type SiteProfile } from '../schema';
import { db } from './db';
import { guardWrite } from './errors';

/** Site recipes taught by officers, matched by origin and a simple `*` path pattern. */
export function pathMatches(pattern: string, path: string): boolean {
  const re = new RegExp('^' + pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
  return re.test(path);
}

export async function recipesForUrl(url: string): Promise<SiteProfile[]> {
  const u = new URL(url);
  const rows = await db().siteProfiles.where('origin').equals(u.origin).toArray();
  return rows.filter((r) => pathMatches(r.pathPattern, u.pathname));
}

export async function saveRecipe(profile: SiteProfile): Promise<void> {
  const parsed = siteProfileSchema.parse(profile);
  await guardWrite('lưu mẫu trang', () => db().siteProfiles.put(parsed));
}

export async function listRecipes(): Promise<SiteProfile[]> {
  return db().siteProfiles.toArray();
}

/** Replaces nothing unless every profile in the batch is valid. */
export async function importRecipes(profiles: SiteProfile[]): Promise<number> {
  const parsed = profiles.map((p) => siteProfileSchema.parse(p));
  await guardWrite('nhập mẫu trang', () => db().transaction('rw', db().siteProfiles, () => db().siteProfiles.bulkPut(parsed)));
  return parsed.length;
}
