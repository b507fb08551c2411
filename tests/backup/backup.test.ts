import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from '../../utils/backup/backup';
import { deadlinesDb, DossierRepo } from '../../utils/dossier/db';
import { makeCryptoCodec } from '../../utils/crypto/codec';
import { setCodec } from '../../utils/store/codec';
import { db } from '../../utils/store/db';
import { countPersons, listPersons, upsertPersons } from '../../utils/store/persons';

const enc = (s: string) => new TextEncoder().encode(s);
const ITER = 100_000;
const PASS = 'sao luu 2026';

beforeEach(async () => {
  setCodec(await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64))));
  await db().persons.clear();
  await db().siteProfiles.clear();
  await deadlinesDb().dossiers.clear();
});

async function seed() {
  await upsertPersons([
    { idNumber: '001089012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1989-03-15' },
    { idNumber: '048195004321', fullName: 'Trần Thị Bích Ngọc' },
  ]);
}

describe('encrypted backup', () => {
  it('restores every citizen and their dossiers on an empty machine with another data key', async () => {
    await seed();
    await new DossierRepo().put({ code: 'HS-1', applicantName: 'Nguyễn Văn An', applicantIdNumber: '001089012345', receivedAt: '2026-03-02T09:00:00+07:00' });
    const file = await createBackup(PASS, ITER);
    expect(file).not.toContain('Nguyễn');
    expect(file).not.toContain('001089012345');
    await db().persons.clear();
    await deadlinesDb().dossiers.clear();
    setCodec(await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64))));
    const r = await restoreBackup(enc(file), PASS);
    expect(r).toEqual({ ok: true, persons: 2, recipes: 0, dossiers: 1 });
    expect((await listPersons()).map((p) => p.fullName).sort()).toEqual(['Nguyễn Văn An', 'Trần Thị Bích Ngọc']);
    expect(await new DossierRepo().get('HS-1')).toMatchObject({ applicantName: 'Nguyễn Văn An', applicantIdNumber: '001089012345' });
  });

  it('refuses a wrong passphrase, a truncated file and a foreign file, changing nothing', async () => {
    await seed();
    const file = await createBackup(PASS, ITER);
    await db().persons.clear();
    await upsertPersons([{ idNumber: '038078009876', fullName: 'Lê Đức Thắng' }]);
    const before = JSON.stringify(await db().persons.toArray());

    const wrong = await restoreBackup(enc(file), 'mat khau khac');
    expect(wrong).toMatchObject({ ok: false });
    expect(!wrong.ok && wrong.error).toContain('không đúng');
    expect((await restoreBackup(enc(file.slice(0, file.length / 2)), PASS)).ok).toBe(false);
    expect((await restoreBackup(enc('{"format":"other"}'), PASS)).ok).toBe(false);
    const tampered = file.replace(/"ciphertext":"(.)/, (_m, c: string) => `"ciphertext":"${c === 'A' ? 'B' : 'A'}`);
    expect((await restoreBackup(enc(tampered), PASS)).ok).toBe(false);

    expect(JSON.stringify(await db().persons.toArray())).toBe(before);
  });

  it('never throws and never changes data, whatever bytes it is given', async () => {
    await seed();
    const before = await countPersons();
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        const r = await restoreBackup(bytes, PASS);
        expect(r.ok).toBe(false);
      }),
      { numRuns: 100 },
    );
    expect(await countPersons()).toBe(before);
  });
});
