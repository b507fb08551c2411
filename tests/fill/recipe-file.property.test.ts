import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportRecipes, parseRecipeFile } from '../../utils/fill/recipe-file';
import { PERSON_FIELD_KEYS, siteProfileSchema, type SiteProfile } from '../../utils/schema';
import { db } from '../../utils/store/db';
import { importRecipes, listRecipes } from '../../utils/store/recipes';
import { anyText, damaged, VIETNAMESE } from '../import/mutate';

const profile: SiteProfile = {
  id: 'r1',
  origin: 'https://motcua.hanoi.gov.vn',
  pathPattern: '/hoso/*',
  fields: [
    { selector: '#m7', key: 'phone', role: 'applicant' },
    { selector: 'input[name="hoTen"]', key: 'fullName' },
  ],
  updatedAt: 1,
};
const file = exportRecipes([profile, { ...profile, id: 'r2', origin: 'https://dichvucong.gov.vn' }]);
const known = new Set<string>(PERSON_FIELD_KEYS);

/** What the options page does with a chosen file: parse, and import only a file taken whole. */
async function importText(text: string) {
  const parsed = parseRecipeFile(text);
  if (parsed.ok) await importRecipes(parsed.profiles);
  return parsed;
}

describe('recipe files: any input', () => {
  beforeEach(async () => {
    await db().siteProfiles.clear();
  });

  it('arbitrary text never throws, is refused in Vietnamese and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const r = await importText(text);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error).toMatch(VIETNAMESE);
        expect(await listRecipes()).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a damaged file is taken whole (every profile valid, known keys only) or refused in Vietnamese with nothing stored', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(file), async (text) => {
        await db().siteProfiles.clear();
        const r = await importText(text);
        if (r.ok) {
          for (const p of r.profiles) {
            expect(siteProfileSchema.safeParse(p).success).toBe(true);
            for (const f of p.fields) expect(known.has(f.key)).toBe(true);
          }
          expect((await listRecipes()).length).toBe(new Set(r.profiles.map((p) => p.id)).size);
        } else {
          expect(r.error).toMatch(VIETNAMESE);
          expect(await listRecipes()).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
