import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { AlertLog, DecisionRepo, DossierRepo, openDeadlinesDb, ProcedureRepo } from '../../utils/dossier/db';
import { dueForProcedure } from '../../utils/dossier/procedures';
import type { Dossier } from '../../utils/schema';

let n = 0;
const fresh = () => openDeadlinesDb(`test-deadlines-${++n}`);

describe('deadlines database', () => {
  it('imports with de-duplication by code and reports what changed', async () => {
    const repo = new DossierRepo(fresh());
    const a: Dossier = { code: 'A', receivedAt: '2026-03-02T02:00:00Z', dueAt: '2026-03-04T17:00:00+07:00' };
    expect(await repo.importMerge([a, { code: 'B', receivedAt: '2026-03-02T09:00:00+07:00' }])).toEqual({ added: 2, updated: 0, unchanged: 0 });
    expect(await repo.importMerge([a])).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await repo.importMerge([{ ...a, resolvedAt: '2026-03-03T10:00:00+07:00', updatedAt: Date.now() }])).toEqual({ added: 0, updated: 1, unchanged: 0 });
    // Stored in Vietnam time so index ranges sort correctly.
    expect((await repo.get('A'))!.receivedAt).toBe('2026-03-02T09:00:00+07:00');
  });

  it('lists due-soon open dossiers and the dossiers of a period through indexes', async () => {
    const repo = new DossierRepo(fresh());
    await repo.bulkPut([
      { code: 'open-soon', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00' },
      { code: 'open-later', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-04-05T17:00:00+07:00' },
      { code: 'done', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00', resolvedAt: '2026-03-03T09:00:00+07:00' },
      { code: 'old', receivedAt: '2026-01-02T09:00:00+07:00', dueAt: '2026-01-05T17:00:00+07:00', resolvedAt: '2026-01-03T09:00:00+07:00' },
    ]);
    expect((await repo.dueBefore(Date.parse('2026-03-06T00:00:00+07:00'))).map((d) => d.code)).toEqual(['open-soon']);
    expect((await repo.forPeriod('2026-03-01', '2026-03-31')).map((d) => d.code).sort()).toEqual(['done', 'open-later', 'open-soon']);
    await repo.resolve('open-soon', Date.parse('2026-03-04T10:00:00+07:00'));
    expect(await repo.dueBefore(Date.parse('2026-03-06T00:00:00+07:00'))).toEqual([]);
  });

  it('seeds the procedures catalogue and computes a due date from a procedure', async () => {
    const db = fresh();
    const procs = await new ProcedureRepo(db).list();
    expect(procs.map((p) => p.name)).toContain('Đăng ký khai sinh');
    expect(procs.some((p) => p.level === 'province')).toBe(true);
    const cal = await new DecisionRepo(db).calendar();
    const ks = procs.find((p) => p.code === '1.001193')!;
    // Same-day procedure received after 15:00 on Friday 13/2/2026: next working day is Monday 23/2 (after Tết).
    expect(dueForProcedure(ks, '2026-02-13T15:30:00+07:00', cal).due).toBe('2026-02-23T17:00:00+07:00');
  });

  it('imports supervisors\' decisions (validated, all or nothing) and uses them in the calendar', async () => {
    const repo = new DecisionRepo(fresh());
    await expect(repo.importJson('[{"year": 2027, "holiday": "tet", "daysOff": ["2027-02-40"]}]')).rejects.toThrow('không hợp lệ');
    expect(await repo.list()).toEqual([]);
    await repo.importJson(JSON.stringify([{ year: 2027, holiday: 'national', daysOff: ['2027-09-02', '2027-09-03'], workingDays: ['2027-09-11'] }]));
    const cal = await repo.calendar();
    expect(cal.isWorkingDay('2027-09-03')).toBe(false);
    expect(cal.isWorkingDay('2027-09-11')).toBe(true);
  });

  it('claims each alert once', async () => {
    const log = new AlertLog(fresh());
    expect(await log.claim('A|0|x')).toBe(true);
    expect(await log.claim('A|0|x')).toBe(false);
  });
});

describe('Lấy danh sách hồ sơ (background side)', () => {
  it('imports a read table, and a bad one changes nothing', async () => {
    const { importDossierTable } = await import('../../utils/dossier/import');
    const repo = new DossierRepo(fresh());
    const headers = ['Mã hồ sơ', 'Ngày nhận', 'Ngày hẹn trả', 'Trạng thái'];
    const r = await importDossierTable(headers, [['HS-1', '20/11/2026 08:00', '20/11/2026 17:00', 'Đang xử lý']], repo);
    expect(r.message).toBe('Đã lấy 1 hồ sơ: thêm 1, cập nhật 0, không đổi 0.');
    await expect(importDossierTable(headers, [['HS-2', '20/11/2026', '', ''], ['HS-3', 'hôm qua', '', '']], repo)).rejects.toThrow('Dòng 3 (HS-3)');
    expect(await repo.count()).toBe(1);
  });
});
