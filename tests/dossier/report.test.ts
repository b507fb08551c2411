import { describe, expect, it } from 'vitest';
import { buildReport, quarterOfDate, reportTable, weekOfDate, weeklyTrend } from '../../utils/dossier/report';
import { dedupeDossiers } from '../../utils/dossier/merge';
import type { Dossier } from '../../utils/schema';

const P = { from: '2026-03-02', to: '2026-03-08' };
const NOW = Date.parse('2026-03-20T10:00:00+07:00');
const D = (code: string, receivedAt: string, dueAt: string, extra: Partial<Dossier> = {}): Dossier => ({ code, receivedAt: `${receivedAt}T09:00:00+07:00`, dueAt: `${dueAt}T17:00:00+07:00`, officer: 'Hoa', unit: 'Xã A', ...extra });

const list: Dossier[] = [
  D('1', '2026-03-02', '2026-03-04', { channel: 'online', resolvedAt: '2026-03-03T10:00:00+07:00' }), // early
  D('2', '2026-03-02', '2026-03-04', { channel: 'inPerson', resolvedAt: '2026-03-04T16:00:00+07:00' }), // on time
  D('3', '2026-03-03', '2026-03-04', { channel: 'post', resolvedAt: '2026-03-05T08:00:00+07:00', officer: 'Nam' }), // late
  D('4', '2026-02-25', '2026-03-03', { resolvedAt: '2026-03-03T09:00:00+07:00' }), // carried over, on time
  D('5', '2026-02-20', '2026-03-20'), // carried over, still open, not yet due at the end
  D('6', '2026-03-04', '2026-03-06', { channel: 'online' }), // open, overdue at the end of the week
  D('7', '2026-03-05', '2026-03-10', { channel: 'online', withdrawn: true, resolvedAt: '2026-03-06T09:00:00+07:00' }),
  D('8', '2026-02-10', '2026-02-12', { resolvedAt: '2026-02-12T09:00:00+07:00' }), // closed before: not counted
  D('9', '2026-03-10', '2026-03-12'), // after the period: not counted
];

describe('weekly report figures', () => {
  it('counts received by channel, carried over, resolved early/on time/late, in progress, withdrawn and the on-time rate', () => {
    const r = buildReport(list, P, 'all', NOW);
    expect(r.total).toMatchObject({ received: 5, online: 3, inPerson: 1, post: 1, carriedOver: 2, resolved: 4, early: 1, onTime: 2, late: 1, inProgress: 2, notYetDue: 1, overdue: 1, withdrawn: 1, remaining: 2, onTimeRate: 75 });
  });

  it('splits by officer', () => {
    const r = buildReport(list, P, 'officer', NOW);
    expect(r.rows.map((x) => [x.label, x.figures.received, x.figures.late])).toEqual([['Hoa', 4, 0], ['Nam', 1, 1]]);
    const t = reportTable(r);
    expect(t.headers[0]).toBe('Cán bộ');
    expect(t.rows.at(-1)![0]).toBe('Tổng cộng');
  });

  it('draws weekly trend points and knows weeks and quarters', () => {
    expect(weekOfDate('2026-03-06')).toEqual({ from: '2026-03-02', to: '2026-03-08' });
    expect(quarterOfDate('2026-11-20')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    const t = weeklyTrend(list, { from: '2026-03-02', to: '2026-03-15' });
    expect(t.map((p) => p.week)).toEqual(['2026-03-02', '2026-03-09']);
    expect(t[0]).toMatchObject({ received: 5, resolvedOnTime: 3, late: 1 });
    expect(t[1]!.received).toBe(1);
  });
});

describe('merging officers\' exports', () => {
  it('keeps one dossier per code and never loses a resolution', () => {
    const a: Dossier = { code: 'X1', receivedAt: '2026-03-02T09:00:00+07:00', resolvedAt: '2026-03-03T09:00:00+07:00', updatedAt: 1 };
    const b: Dossier = { code: 'X1', receivedAt: '2026-03-02T09:00:00+07:00', officer: 'Nam', updatedAt: 2 };
    const c: Dossier = { code: 'X2', receivedAt: '2026-03-02T09:00:00+07:00' };
    const m = dedupeDossiers([a, c], [b]);
    expect(m).toHaveLength(2);
    expect(m[0]).toMatchObject({ code: 'X1', officer: 'Nam', resolvedAt: '2026-03-03T09:00:00+07:00' });
  });
});
