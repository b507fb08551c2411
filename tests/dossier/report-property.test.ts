import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dossiersToCsv, parseDossierCsv } from '../../utils/dossier/files';
import { toVnIso } from '../../utils/dossier/datetime';
import { buildReport } from '../../utils/dossier/report';
import type { Dossier } from '../../utils/schema';

const BASE = Date.parse('2026-01-01T00:00:00+07:00');
const minute = 60_000;
const dossier = fc
  .record({
    recv: fc.integer({ min: 0, max: 120 * 1440 }),
    dueIn: fc.integer({ min: 0, max: 20 * 1440 }),
    doneIn: fc.option(fc.integer({ min: 0, max: 30 * 1440 }), { nil: undefined }),
    officer: fc.constantFrom('Hoa', 'Nam', 'Lan'),
    channel: fc.constantFrom('online', 'inPerson', 'post' as const),
    flag: fc.constantFrom(undefined, 'withdrawn', 'returned'),
  })
  .map(({ recv, dueIn, doneIn, officer, channel, flag }, ): Dossier => ({
    code: '',
    receivedAt: toVnIso(BASE + recv * minute),
    dueAt: toVnIso(BASE + (recv + dueIn) * minute),
    ...(doneIn !== undefined ? { resolvedAt: toVnIso(BASE + (recv + doneIn) * minute) } : {}),
    officer,
    channel: channel as Dossier['channel'],
    ...(flag ? { [flag]: true } : {}),
  }));
const list = fc.array(dossier, { maxLength: 60 }).map((l) => l.map((d, i) => ({ ...d, code: `HS-${i}` })));

describe('report figures (properties)', () => {
  it('balance: received + carried over = resolved + withdrawn + returned + in progress; rows add up to the total', () => {
    fc.assert(
      fc.property(list, (ds) => {
        const r = buildReport(ds, { from: '2026-02-01', to: '2026-02-28' }, 'officer', BASE + 200 * 86_400_000);
        const t = r.total;
        expect(t.received + t.carriedOver).toBe(t.resolved + t.withdrawn + t.returned + t.inProgress);
        expect(t.early + t.onTime + t.late).toBe(t.resolved);
        expect(t.online + t.inPerson + t.post).toBe(t.received);
        expect(t.notYetDue + t.overdue).toBe(t.inProgress);
        expect(r.rows.reduce((s, x) => s + x.figures.received, 0)).toBe(t.received);
      }),
    );
  });

  it('CSV export then import gives the same dossiers', () => {
    fc.assert(
      fc.property(list.filter((l) => l.length > 0), (ds) => {
        const back = parseDossierCsv(dossiersToCsv(ds)).map(({ updatedAt: _u, ...d }) => d);
        expect(back).toEqual(ds.map((d) => ({ ...d, receivedAt: d.receivedAt.replace(/:\d\d\+/, ':00+'), dueAt: d.dueAt!.replace(/:\d\d\+/, ':00+'), ...(d.resolvedAt ? { resolvedAt: d.resolvedAt.replace(/:\d\d\+/, ':00+') } : {}) })));
      }),
      { numRuns: 50 },
    );
  });
});
