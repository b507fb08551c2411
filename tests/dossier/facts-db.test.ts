import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCryptoCodec } from '../../utils/crypto/codec';
import { DossierRepo, openDeadlinesDb, toRow } from '../../utils/dossier/db';
import { toVnIso } from '../../utils/dossier/datetime';
import { buildFactReports, buildReports, trendWeeks, type GroupBy, type Period } from '../../utils/dossier/report';
import type { RecordCodec } from '../../utils/store/codec';
import type { Dossier } from '../../utils/schema';

let n = 0;
let codec: RecordCodec;
beforeAll(async () => {
  codec = await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64)));
});
const fresh = () => new DossierRepo(openDeadlinesDb(`test-facts-${++n}`), () => codec);

const BASE = Date.parse('2026-01-01T08:00:00+07:00');
const HOUR = 3_600_000;
const NOW = BASE + 100 * 24 * HOUR;
const PERIODS: Period[] = [
  { from: '2026-01-01', to: '2026-03-31' },
  { from: '2026-02-02', to: '2026-02-08' },
  { from: '2026-03-01', to: '2026-03-31' },
];
const GROUPS: GroupBy[] = ['officer', 'unit', 'procedure', 'all'];

const code = fc.constantFrom('HS-1', 'HS-2', 'HS-3', 'HS-4', 'HS-5', 'HS-6');
const dossier = fc
  .record({
    code,
    recv: fc.integer({ min: 0, max: 80 * 24 }),
    dueIn: fc.option(fc.integer({ min: 0, max: 20 * 24 }), { nil: undefined, freq: 3 }),
    doneIn: fc.option(fc.integer({ min: 0, max: 30 * 24 }), { nil: undefined, freq: 2 }),
    officer: fc.constantFrom(undefined, 'Hoa', 'Nam'),
    unit: fc.constantFrom(undefined, 'Xã A', 'Xã B'),
    proc: fc.constantFrom(undefined, '1.001193', '2.000815'),
    channel: fc.constantFrom(undefined, 'online', 'inPerson', 'post'),
    flag: fc.constantFrom(undefined, 'withdrawn', 'returned'),
    who: fc.constantFrom(undefined, 0, 1),
    updatedAt: fc.integer({ min: 1, max: 5 }),
  })
  .map((x): Dossier => ({
    code: x.code,
    receivedAt: toVnIso(BASE + x.recv * HOUR),
    ...(x.dueIn !== undefined ? { dueAt: toVnIso(BASE + (x.recv + x.dueIn) * HOUR) } : {}),
    ...(x.doneIn !== undefined ? { resolvedAt: toVnIso(BASE + (x.recv + x.doneIn) * HOUR) } : {}),
    ...(x.officer ? { officer: x.officer } : {}),
    ...(x.unit ? { unit: x.unit } : {}),
    ...(x.proc ? { procedureCode: x.proc, procedureName: `Thủ tục ${x.proc}` } : {}),
    ...(x.channel ? { channel: x.channel as Dossier['channel'] } : {}),
    ...(x.flag ? { [x.flag]: true } : {}),
    ...(x.who !== undefined ? { applicantName: `Người ${x.who}`, applicantIdNumber: `07919000000${x.who}`, personId: `p-${x.who}` } : {}),
    updatedAt: x.updatedAt,
  }));

const op = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), d: dossier }),
  fc.record({ kind: fc.constant('bulkPut' as const), list: fc.array(dossier, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('import' as const), list: fc.array(dossier, { minLength: 1, maxLength: 4 }) }),
  fc.record({ kind: fc.constant('resolve' as const), code, at: fc.integer({ min: 0, max: 90 * 24 }) }),
  fc.record({ kind: fc.constant('reopen' as const), code }),
  fc.record({ kind: fc.constant('remove' as const), code }),
  fc.record({ kind: fc.constant('forget' as const), who: fc.constantFrom(0, 1) }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

async function apply(repo: DossierRepo, o: Op) {
  if (o.kind === 'put') await repo.put(o.d);
  else if (o.kind === 'bulkPut') await repo.bulkPut(o.list);
  else if (o.kind === 'import') await repo.importMerge(o.list);
  else if (o.kind === 'resolve') await repo.resolve(o.code, BASE + o.at * HOUR).catch(() => undefined);
  else if (o.kind === 'reopen') await repo.reopen(o.code);
  else if (o.kind === 'remove') await repo.remove(o.code);
  else await repo.forgetCitizen(`p-${o.who}`, `07919000000${o.who}`);
}

/** What the dashboard shows from the index equals what the rows themselves give, for every period. */
async function expectIndexMatchesRows(repo: DossierRepo) {
  const rows = await repo.all();
  const facts = await repo.facts();
  for (const p of PERIODS) {
    const fromRows = trendWeeks(p);
    const fromIndex = trendWeeks(p);
    expect(buildFactReports(facts, p, GROUPS, NOW, fromIndex)).toEqual(buildReports(rows, p, GROUPS, NOW, fromRows));
    expect(fromIndex).toEqual(fromRows);
  }
  const until = BASE + 40 * 24 * HOUR;
  const due = rows
    .filter((d) => !d.resolvedAt && d.dueAt && d.dueAt < toVnIso(until))
    .sort((a, b) => a.dueAt!.localeCompare(b.dueAt!) || (a.code < b.code ? -1 : 1))
    .map((d) => d.code);
  expect((await repo.dueBefore(until)).map((d) => d.code)).toEqual(due);
  // In the order the former openDue index kept them (IndexedDB compares code units: '~' after digits).
  const openKey = (d: Dossier) => `${d.dueAt ?? '~'} ${d.code}`;
  const open = rows.filter((d) => !d.resolvedAt).sort((a, b) => (openKey(a) < openKey(b) ? -1 : 1));
  expect(await repo.openDossiers()).toEqual(open);
  expect((await repo.dueBefore(until, { officer: 'Hoa' })).map((d) => d.code)).toEqual(due.filter((c) => rows.find((d) => d.code === c)!.officer === 'Hoa'));
}

describe('figures index kept by the repository', () => {
  it('gives the same figures and due list as the rows after any mix of writes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const repo = fresh();
        for (const o of ops) await apply(repo, o);
        await expectIndexMatchesRows(repo);
        repo.db.close();
      }),
      { numRuns: 40 },
    );
  });

  it('shows the due list with procedure, officer and due time but no applicant, then names the rows on screen', async () => {
    const repo = fresh();
    await repo.put({ code: 'HS-1', procedureName: 'Đăng ký khai sinh', officer: 'Hoa', applicantName: 'Nguyễn Văn An', applicantIdNumber: '001089012345', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-03T17:00:00+07:00' });
    const [d] = await repo.dueBefore(Date.parse('2026-03-06T00:00:00+07:00'));
    expect(d).toEqual({ code: 'HS-1', procedureName: 'Đăng ký khai sinh', officer: 'Hoa', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-03T17:00:00+07:00' });
    expect(await repo.applicantsOf(['HS-1'])).toEqual(new Map([['HS-1', 'Nguyễn Văn An']]));
  });

  it('is built from the rows of a version 2 database on first use, and rebuilt when rows were changed around it', async () => {
    const name = `test-facts-v2-${++n}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ dossiers: 'code, dueAt, receivedAt, resolvedAt, officer, unit, procedureCode, openDue', procedures: 'code', decisions: 'id, year', sentAlerts: 'id, at', settings: 'key' });
    v2.version(2).stores({ dossiers: 'code, dueAt, receivedAt, resolvedAt, officer, unit, procedureCode, openDue, personId, applicantKey' });
    const list: Dossier[] = [
      { code: 'A', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-04T17:00:00+07:00', officer: 'Hoa', channel: 'online' },
      { code: 'B', receivedAt: '2026-03-02T10:00:00+07:00', dueAt: '2026-03-04T17:00:00+07:00', resolvedAt: '2026-03-05T08:00:00+07:00', officer: 'Nam' },
      { code: 'C', receivedAt: '2026-02-20T09:00:00+07:00', dueAt: '2026-03-20T17:00:00+07:00', resolvedAt: '2026-03-03T09:00:00+07:00', officer: 'Hoa' },
    ];
    await v2.table('dossiers').bulkPut(list.map((d) => ({ ...toRow(d), ...(d.resolvedAt ? {} : { openDue: d.dueAt ?? '~' }) })));
    v2.close();

    const repo = new DossierRepo(openDeadlinesDb(name), () => codec);
    const r = buildFactReports(await repo.facts(), { from: '2026-03-02', to: '2026-03-08' }, ['officer'], NOW)[0]!;
    expect(r.total).toMatchObject({ received: 2, carriedOver: 1, resolved: 2, early: 1, late: 1, inProgress: 1, overdue: 1, online: 1 });
    expect(r.rows.map((x) => [x.label, x.figures.received])).toEqual([['Hoa', 1], ['Nam', 1]]);
    expect((await repo.dueBefore(Date.parse('2026-03-06T00:00:00+07:00'))).map((d) => d.code)).toEqual(['A']);
    expect((await repo.facts()).reduce((s, c) => s + c.n, 0)).toBe(3);

    await repo.db.dossiers.delete('A');
    expect(await repo.dueBefore(Date.parse('2026-03-06T00:00:00+07:00'))).toEqual([]);
    await expectIndexMatchesRows(repo);
  });
});

describe('two windows on one database', () => {
  it("shows on the dashboard an edit made in another window (the background, the side panel)", async () => {
    const db = openDeadlinesDb(`test-facts-two-${++n}`);
    const dashboard = new DossierRepo(db, () => codec);
    const other = new DossierRepo(openDeadlinesDb(db.name), () => codec);
    await other.bulkPut([
      { code: 'A', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-04T17:00:00+07:00' },
      { code: 'B', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00' },
    ]);
    const until = Date.parse('2026-03-06T00:00:00+07:00');
    expect((await dashboard.dueBefore(until)).map((d) => d.code)).toEqual(['A', 'B']);
    await other.resolve('A', Date.parse('2026-03-04T10:00:00+07:00'));
    expect((await dashboard.dueBefore(until)).map((d) => d.code)).toEqual(['B']);
    await other.put({ code: 'C', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-03T17:00:00+07:00' });
    expect((await dashboard.dueBefore(until)).map((d) => d.code)).toEqual(['C', 'B']);
  });
});

describe('import next to another writer', () => {
  it('never overwrites an edit made while the file was being merged', async () => {
    const db = openDeadlinesDb(`test-facts-race-${++n}`);
    const A: Dossier = { code: 'A', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-05T17:00:00+07:00', applicantName: 'Nguyễn Văn An', updatedAt: 1 };
    await new DossierRepo(db, () => codec).bulkPut([A, { ...A, code: 'B' }]);
    let edits = 0;
    // The other writer (the dashboard's "Đã trả" button) acts while the import decrypts, outside its transactions.
    const racing: RecordCodec = {
      ...codec,
      open: async (s) => {
        if (edits++ === 0) await new DossierRepo(db, () => codec).resolve('A', Date.parse('2026-03-04T10:00:00+07:00'));
        return codec.open(s);
      },
    };
    const r = await new DossierRepo(db, () => racing).importMerge([{ ...A, officer: 'Nam', updatedAt: 2 }]);
    expect(r).toEqual({ added: 0, updated: 1, unchanged: 0 });
    expect(await new DossierRepo(db, () => codec).get('A')).toMatchObject({ officer: 'Nam', resolvedAt: '2026-03-04T10:00:00+07:00', applicantName: 'Nguyễn Văn An' });
  });
});
