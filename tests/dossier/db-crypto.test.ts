import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCryptoCodec } from '../../utils/crypto/codec';
import { DossierRepo, openDeadlinesDb } from '../../utils/dossier/db';
import { lockedCodec, type RecordCodec } from '../../utils/store/codec';
import type { Dossier } from '../../utils/schema';

let n = 0;
const fresh = () => openDeadlinesDb(`test-deadlines-crypto-${++n}`);
let unlocked: RecordCodec;
beforeAll(async () => {
  unlocked = await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64)));
});

const A: Dossier = {
  code: 'HS-001',
  procedureCode: '1.001193',
  applicantName: 'Nguyễn Thị Hồng Nhung',
  applicantIdNumber: '079190123456',
  personId: 'p-1',
  receivedAt: '2026-03-02T09:00:00+07:00',
  dueAt: '2026-03-05T17:00:00+07:00',
  officer: 'Cán bộ 1',
};

describe('dossiers at rest', () => {
  it("stores the applicant's name and number only encrypted, and reads them back when unlocked", async () => {
    const db = fresh();
    await new DossierRepo(db, () => unlocked).put(A);
    const raw = JSON.stringify(await db.dossiers.toArray());
    expect(raw).not.toContain('Nhung');
    expect(raw).not.toContain('079190123456');
    expect(raw).toContain('HS-001');
    expect(await new DossierRepo(db, () => unlocked).get('HS-001')).toMatchObject({ applicantName: A.applicantName, applicantIdNumber: A.applicantIdNumber });
  });

  it('keeps figures, due-soon lists and resolving working while locked, without showing the applicant', async () => {
    const db = fresh();
    await new DossierRepo(db, () => unlocked).put(A);
    const locked = new DossierRepo(db, () => lockedCodec);
    expect((await locked.forPeriod('2026-03-01', '2026-03-31')).map((d) => d.code)).toEqual(['HS-001']);
    const [soon] = await locked.dueBefore(Date.parse('2026-03-06T00:00:00+07:00'));
    expect(soon).toMatchObject({ code: 'HS-001' });
    expect(soon!.applicantName).toBeUndefined();
    expect(await locked.applicantsOf(['HS-001'])).toEqual(new Map());
    expect(await new DossierRepo(db, () => unlocked).applicantsOf(['HS-001'])).toEqual(new Map([['HS-001', A.applicantName]]));
    expect(await locked.get('HS-001')).toMatchObject({ applicantLocked: true });
    await locked.resolve('HS-001', Date.parse('2026-03-04T10:00:00+07:00'));
    // The sealed applicant survives an edit made while locked.
    expect(await new DossierRepo(db, () => unlocked).get('HS-001')).toMatchObject({ applicantName: A.applicantName, resolvedAt: expect.any(String) });
  });

  it('refuses to import applicant data while locked and changes nothing', async () => {
    const db = fresh();
    await expect(new DossierRepo(db, () => lockedCodec).importMerge([A])).rejects.toThrow(/khóa/);
    expect(await db.dossiers.count()).toBe(0);
  });

  it("forgets a citizen in every dossier but keeps the dossier for the unit's figures", async () => {
    const db = fresh();
    const repo = new DossierRepo(db, () => unlocked);
    await repo.importMerge([A, { ...A, code: 'HS-002', personId: undefined }, { ...A, code: 'HS-003', applicantName: 'Người khác', applicantIdNumber: '001088000111', personId: 'p-2' }]);
    expect((await repo.ofCitizen('p-1', '079190123456')).map((d) => d.code).sort()).toEqual(['HS-001', 'HS-002']);
    expect(await repo.forgetCitizen('p-1', '079190123456')).toBe(2);
    const left = await repo.all();
    expect(left.map((d) => d.code).sort()).toEqual(['HS-001', 'HS-002', 'HS-003']);
    expect(left.filter((d) => d.applicantIdNumber === '079190123456' || d.personId === 'p-1')).toEqual([]);
    expect(left.find((d) => d.code === 'HS-003')).toMatchObject({ applicantName: 'Người khác' });
  });

  it('seals dossiers written in clear by the first database version, once unlocked', async () => {
    const name = `test-deadlines-legacy-${++n}`;
    const v1 = new Dexie(name);
    v1.version(1).stores({ dossiers: 'code, dueAt, receivedAt, resolvedAt, officer, unit, procedureCode, openDue', procedures: 'code', decisions: 'id, year', sentAlerts: 'id, at', settings: 'key' });
    await v1.table('dossiers').put({ ...A, openDue: A.dueAt });
    v1.close();
    const db = openDeadlinesDb(name);
    const repo = new DossierRepo(db, () => unlocked);
    expect(await repo.get('HS-001')).toMatchObject({ applicantName: A.applicantName });
    expect(await repo.sealLegacy()).toBe(1);
    expect(JSON.stringify(await db.dossiers.toArray())).not.toContain('Nhung');
    expect(await repo.get('HS-001')).toMatchObject({ applicantName: A.applicantName, applicantIdNumber: A.applicantIdNumber });
  });
});
