import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, restoreBackup } from '../../utils/backup/backup';
import { makeCryptoCodec } from '../../utils/crypto/codec';
import { useSessionArea } from '../../utils/crypto/session';
import { findDraft, saveDraft } from '../../utils/drafts/store';
import { listAudit, logAudit } from '../../utils/store/audit';
import { setCodec } from '../../utils/store/codec';
import { db, openDb } from '../../utils/store/db';
import { errorMessage, isBlocked, setBlocked, StoreError, storeErrorKind } from '../../utils/store/errors';
import { interruptedWrite } from '../../utils/store/journal';
import { importRecipes, listRecipes } from '../../utils/store/recipes';
import { getSettings, saveSettings } from '../../utils/store/settings';
import { countPersons, listPersons, updatePerson, upsertPersons } from '../../utils/store/persons';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const people = [
  { idNumber: '001089012345', fullName: 'Nguyễn Văn An' },
  { idNumber: '048195004321', fullName: 'Trần Thị Bích Ngọc' },
  { idNumber: '038078009876', fullName: 'Lê Đức Thắng' },
];

function memory() {
  const m = new Map<string, unknown>();
  return {
    get: async (k: string) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, v)),
    remove: async (k: string | string[]) => void (Array.isArray(k) ? k : [k]).forEach((x) => m.delete(x)),
  };
}

/** Makes bulkPut write its first row and then fail like a full disk, as a real quota error mid-transaction would. */
function fillUpAfterOneRow(table: Dexie.Table) {
  const original = table.bulkPut.bind(table) as (rows: readonly unknown[]) => Promise<unknown>;
  return vi.spyOn(table, 'bulkPut').mockImplementation((async (rows: readonly unknown[]) => {
    await original(rows.slice(0, 1));
    throw quota();
  }) as never);
}

beforeEach(async () => {
  setCodec(await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64))));
  useSessionArea(memory());
  setBlocked(false);
  await Promise.all([db().persons.clear(), db().meta.clear(), db().siteProfiles.clear(), db().audit.clear(), db().drafts.clear()]);
});
afterEach(() => vi.restoreAllMocks());

describe('storage full', () => {
  it('a persons import that fills the disk half-way writes nothing and says what to do, in Vietnamese', async () => {
    await upsertPersons([people[0]!]);
    fillUpAfterOneRow(db().persons);
    const err = await upsertPersons(people, { journal: 'import' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as Error).message).toMatch(/^Không lưu dữ liệu công dân được\. Bộ nhớ trình duyệt đã đầy/);
    vi.restoreAllMocks();
    expect(await countPersons()).toBe(1);
    expect((await listPersons()).map((p) => p.fullName)).toEqual(['Nguyễn Văn An']);
    // The officer saw the error, so no "interrupted import" notice is left behind.
    expect(await interruptedWrite()).toBeUndefined();
  });

  it('an officer edit, settings, recipes and the audit log report a full disk the same way', async () => {
    const { ids } = await upsertPersons([people[0]!]);
    vi.spyOn(db().persons, 'put').mockRejectedValue(new Dexie.QuotaExceededError('full'));
    await expect(updatePerson(ids[0]!, { ...people[0]!, fullName: 'Nguyễn Văn Bình' })).rejects.toThrow(/Bộ nhớ trình duyệt đã đầy/);
    vi.spyOn(db().meta, 'put').mockRejectedValue(quota());
    await expect(saveSettings({ autoLockMinutes: 5 })).rejects.toThrow(/^Không lưu cài đặt được\. Bộ nhớ trình duyệt đã đầy/);
    vi.spyOn(db().audit, 'add').mockRejectedValue(quota());
    await expect(logAudit({ action: 'fill', recordIds: [] })).rejects.toThrow(/Bộ nhớ trình duyệt đã đầy/);
    fillUpAfterOneRow(db().siteProfiles);
    const profile = (id: string) => ({ id, origin: 'https://dichvucong.gov.vn', pathPattern: '/*', fields: [], updatedAt: 1 });
    await expect(importRecipes([profile('a'), profile('b')])).rejects.toThrow(/^Không nhập mẫu trang được\. Bộ nhớ trình duyệt đã đầy/);
    vi.restoreAllMocks();
    expect((await listPersons())[0]!.fullName).toBe('Nguyễn Văn An');
    expect((await getSettings()).autoLockMinutes).toBe(15);
    expect(await listAudit()).toEqual([]);
    expect(await listRecipes()).toEqual([]);
  });

  it('a backup restore that fills the disk changes nothing and explains why', async () => {
    await upsertPersons(people);
    const file = await createBackup('sao luu 2026', 100_000);
    await db().persons.clear();
    await upsertPersons([people[2]!]);
    fillUpAfterOneRow(db().persons);
    const r = await restoreBackup(new TextEncoder().encode(file), 'sao luu 2026');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/^Không khôi phục được: Bộ nhớ trình duyệt đã đầy.*Dữ liệu hiện có không thay đổi\.$/);
    vi.restoreAllMocks();
    expect((await listPersons()).map((p) => p.fullName)).toEqual(['Lê Đức Thắng']);
    expect(await interruptedWrite()).toBeUndefined();
  });

  it('a draft that does not fit is reported and kept in session memory, so the typing is not lost', async () => {
    vi.spyOn(db().drafts, 'put').mockRejectedValue(quota());
    const snapshot = { url: 'https://dichvucong.gov.vn/nop', signature: 's1', fields: [{ key: 'n:hoTen', value: 'Nguyễn Văn An' }] };
    await expect(saveDraft(snapshot)).rejects.toThrow(/^Không lưu bản nháp được\. Bộ nhớ trình duyệt đã đầy/);
    vi.restoreAllMocks();
    expect((await findDraft(snapshot.url, ['s1']))?.snapshot).toEqual(snapshot);
  });
});

describe('error mapping', () => {
  it('looks through Dexie wrappers and names what the officer must do', () => {
    expect(storeErrorKind(new Dexie.BulkError('x', { 0: quota() }))).toBe('quota');
    expect(storeErrorKind(new Dexie.AbortError('aborted', quota()))).toBe('quota');
    expect(storeErrorKind(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(storeErrorKind(new Dexie.VersionError())).toBe('version');
    expect(storeErrorKind(new DOMException('x', 'InvalidStateError'))).toBe('unavailable');
    expect(storeErrorKind(new Dexie.UnknownError('disk'))).toBe('unknown');
    expect(storeErrorKind(new Error('Số định danh này đã thuộc về một công dân khác.'))).toBeUndefined();
    expect(errorMessage(new Dexie.DatabaseClosedError())).toMatch(/^Cơ sở dữ liệu vừa bị đóng/);
    expect(errorMessage(new Dexie.VersionError())).toMatch(/tải lại trang/);
    expect(errorMessage(new Error('Mật khẩu không đúng.'))).toBe('Mật khẩu không đúng.');
  });
});

describe('another tab holds the database', () => {
  it('an older connection closes on versionchange, so an upgrade elsewhere is not blocked', async () => {
    const old = openDb('errors-test-vc');
    await old.open();
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('errors-test-vc', old.verno * 10 + 10);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error('blocked'));
    });
    expect(upgraded.version).toBe(old.verno * 10 + 10);
    expect(old.isOpen()).toBe(false);
    upgraded.close();
  });

  it('our upgrade waiting on a tab that does not let go is flagged and explained', async () => {
    // A raw connection that ignores versionchange, like a hung page of an old version.
    const holder = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('errors-test-blocked', 1);
      req.onsuccess = () => resolve(req.result);
    });
    const mine = openDb('errors-test-blocked');
    const opening = mine.open().catch(() => undefined);
    await vi.waitFor(() => expect(isBlocked()).toBe(true));
    expect(errorMessage(new Dexie.AbortError('aborted'))).toMatch(/^Cơ sở dữ liệu đang bị một thẻ khác giữ/);
    holder.close();
    await opening;
    await vi.waitFor(() => expect(isBlocked()).toBe(false));
    mine.close();
  });
});
