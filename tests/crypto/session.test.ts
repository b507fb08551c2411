import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { changePassphrase, createVault, getVault, lock, lockIfIdle, restoreSession, unlock, useSessionArea } from '../../utils/crypto/session';
import { db } from '../../utils/store/db';
import { searchPersons, upsertPersons } from '../../utils/store/persons';

function memory() {
  const m = new Map<string, unknown>();
  return {
    get: async (k: string) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, v)),
    remove: async (k: string | string[]) => void (Array.isArray(k) ? k : [k]).forEach((x) => m.delete(x)),
  };
}

const ITER = 1000; // the product uses 600,000; tests only need the mechanism
const citizen = { idNumber: '001089012345', fullName: 'Nguyễn Văn An', placeOfResidence: 'Phường Cửa Nam, Thành phố Hà Nội' };

beforeEach(async () => {
  await lock();
  useSessionArea(memory());
  await db().delete();
  await db().open();
});

describe('encryption at rest', () => {
  it('stores no name, number or address in plain text, and search still works', async () => {
    await createVault('mat khau dai 123', ITER);
    await upsertPersons([citizen]);
    const dump = JSON.stringify(await db().persons.toArray());
    expect(dump).not.toContain('001089012345');
    expect(dump).not.toMatch(/nguy[eễ]n/i);
    expect(dump).not.toContain('Cửa Nam');
    expect((await searchPersons('nguyen van an')).map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
    expect((await searchPersons('001089012345')).length).toBe(1);
  });

  it('refuses reads and writes while locked, with a Vietnamese message', async () => {
    await createVault('mat khau dai 123', ITER);
    await upsertPersons([citizen]);
    await lock();
    await expect(searchPersons('nguyen')).rejects.toThrow('đang khóa');
    await expect(upsertPersons([citizen])).rejects.toThrow('đang khóa');
  });

  it('says a wrong passphrase is wrong and stays locked; the right one opens the data', async () => {
    await createVault('mat khau dai 123', ITER);
    await upsertPersons([citizen]);
    await lock();
    await expect(unlock('sai mat khau')).rejects.toThrow('Mật khẩu không đúng');
    expect(await restoreSession()).toBe('locked');
    await unlock('mat khau dai 123');
    expect(await restoreSession()).toBe('unlocked');
    expect((await searchPersons('an'))[0]?.idNumber).toBe('001089012345');
  });

  it('changes the passphrase by rewrapping only: records are untouched and readable with the new one', async () => {
    await createVault('mat khau cu 123', ITER);
    await upsertPersons([citizen]);
    const before = JSON.stringify(await db().persons.toArray());
    await changePassphrase('mat khau cu 123', 'mat khau moi 456', ITER);
    expect(JSON.stringify(await db().persons.toArray())).toBe(before);
    await lock();
    await expect(unlock('mat khau cu 123')).rejects.toThrow('không đúng');
    await unlock('mat khau moi 456');
    expect((await searchPersons('nguyen'))).toHaveLength(1);
  });

  it('locks after the idle limit, not before', async () => {
    await createVault('mat khau dai 123', ITER);
    expect(await lockIfIdle(15, Date.now() + 5 * 60_000)).toBe(false);
    expect(await lockIfIdle(15, Date.now() + 16 * 60_000)).toBe(true);
    expect(await restoreSession()).toBe('locked');
  });

  it('uses at least 600,000 PBKDF2 iterations by default', async () => {
    await createVault('mat khau dai 123');
    expect((await getVault())!.iterations).toBeGreaterThanOrEqual(600_000);
  });
});
