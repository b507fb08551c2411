import { describe, expect, it } from 'vitest';
import { badgeCount, dueAlerts, workingDaysBetween } from '../../utils/deadline/alerts';
import { WorkingCalendar } from '../../utils/deadline/calendar';
import type { Dossier } from '../../utils/schema';

const cal = new WorkingCalendar();
const d = (code: string, dueAt: string, extra: Partial<Dossier> = {}): Dossier => ({ code, receivedAt: '2026-02-01T08:00:00+07:00', dueAt, ...extra });
const at = (s: string) => Date.parse(s);

describe('deadline alerts', () => {
  it('counts working days across Tết 2026', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-23', cal)).toBe(1);
    expect(workingDaysBetween('2026-02-23', '2026-02-23', cal)).toBe(0);
  });

  it('warns one working day before (Friday before a Monday due day), on the day and when overdue', () => {
    const list = [d('A', '2026-03-09T17:00:00+07:00'), d('B', '2026-03-06T17:00:00+07:00'), d('C', '2026-03-05T17:00:00+07:00')];
    const alerts = dueAlerts(list, at('2026-03-06T08:00:00+07:00'), cal);
    expect(alerts.map((a) => [a.code, a.kind])).toEqual([['A', 'before'], ['B', 'onDay'], ['C', 'overdue']]);
    expect(alerts[2]!.message).toContain('quá hạn');
  });

  it('gives no alerts for resolved or withdrawn dossiers and changes the alert id when the due date changes', () => {
    const now = at('2026-03-06T08:00:00+07:00');
    expect(dueAlerts([d('A', '2026-03-06T17:00:00+07:00', { resolvedAt: '2026-03-05T10:00:00+07:00' }), d('B', '2026-03-06T17:00:00+07:00', { withdrawn: true })], now, cal)).toEqual([]);
    const a1 = dueAlerts([d('A', '2026-03-06T17:00:00+07:00')], now, cal)[0]!.id;
    const a2 = dueAlerts([d('A', '2026-03-06T16:00:00+07:00')], now, cal)[0]!.id;
    expect(a1).not.toBe(a2);
  });

  it('badge counts due today and overdue only', () => {
    const now = at('2026-03-06T08:00:00+07:00');
    expect(badgeCount([d('A', '2026-03-09T17:00:00+07:00'), d('B', '2026-03-06T17:00:00+07:00'), d('C', '2026-03-02T17:00:00+07:00')], now)).toBe(2);
  });
});
