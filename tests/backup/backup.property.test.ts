import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../utils/backup/backup';
import { makeCryptoCodec } from '../../utils/crypto/codec';
import { setCodec } from '../../utils/store/codec';
import { db } from '../../utils/store/db';
import { listPersons, upsertPersons } from '../../utils/store/persons';
import { listRecipes } from '../../utils/store/recipes';
import { anyText, damaged, VIETNAMESE } from '../import/mutate';

const enc = (s: string) => new TextEncoder().encode(s);
const PASS = 'sao luu 2026';
let file = '';
const snapshot = async () => JSON.stringify({ persons: (await listPersons()).map((p) => [p.idNumber, p.fullName, p.dateOfBirth]), recipes: await listRecipes() });

beforeAll(async () => {
  setCodec(await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64))));
  await db().persons.clear();
  await db().siteProfiles.clear();
  await upsertPersons([
    { idNumber: '001089012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1989-03-15' },
    { idNumber: '048195004321', fullName: 'Trần Thị Bích Ngọc' },
  ]);
  file = await createBackup(PASS, 100_000);
  // The desk now holds something else: a failed restore must leave exactly this.
  await db().persons.clear();
  await upsertPersons([{ idNumber: '038078009876', fullName: 'Lê Đức Thắng' }]);
});

describe('backup restore: damaged and foreign files', () => {
  it('a damaged backup either restores exactly what was saved, or changes nothing and says why in Vietnamese', async () => {
    const original = await snapshot();
    await fc.assert(
      fc.asyncProperty(damaged(file), fc.constantFrom(PASS, 'mat khau khac'), async (text, pass) => {
        const r = await restoreBackup(enc(text), pass);
        if (r.ok) {
          // Only parts outside the sealed content (e.g. the creation date) can change without detection.
          expect(pass).toBe(PASS);
          expect((await listPersons()).map((p) => p.fullName).sort()).toEqual(['Lê Đức Thắng', 'Nguyễn Văn An', 'Trần Thị Bích Ngọc']);
          await db().persons.clear();
          await upsertPersons([{ idNumber: '038078009876', fullName: 'Lê Đức Thắng' }]);
        } else {
          expect(r.error).toMatch(VIETNAMESE);
          expect(r.error).toMatch(/Không có gì thay đổi|không thay đổi/);
          expect(await snapshot()).toBe(original);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('any text is refused with a Vietnamese message and the store stays as it was', async () => {
    const original = await snapshot();
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const r = await restoreBackup(enc(text), PASS);
        expect(r.ok).toBe(false);
        expect(!r.ok && r.error).toMatch(VIETNAMESE);
      }),
      { numRuns: 200 },
    );
    expect(await snapshot()).toBe(original);
  });
});
