import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../utils/deadline/calendar';
import { computeDue } from '../../utils/deadline/due';
import { holidaysOf } from '../../utils/deadline/holidays';
import { dossierStatus } from '../../utils/deadline/status';

const cal = new WorkingCalendar();

describe('holidays', () => {
  it('applies the decided 2026 schedule: New Year with Friday 2/1 off and Saturday 10/1 worked, Tết 14–22/2', () => {
    const h = holidaysOf(2026);
    const off = h.daysOff.map((d) => d.date);
    expect(off).toEqual(expect.arrayContaining(['2026-01-01', '2026-01-02', '2026-02-16', '2026-02-20']));
    expect(h.workingWeekendDays.map((d) => d.date)).toEqual(['2026-01-10']);
    expect(cal.isWorkingDay('2026-01-10')).toBe(true);
    expect(cal.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('gives a compensatory day when a holiday falls on a weekend (Giỗ Tổ on Sunday 26/4/2026 → Monday 27/4)', () => {
    const off = holidaysOf(2026).daysOff.map((d) => d.date);
    expect(off).toContain('2026-04-26');
    expect(off).toContain('2026-04-27');
    expect(cal.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('derives undecided years by rule: Tết 2027 (Saturday 6/2) with compensation after the break', () => {
    const off = holidaysOf(2027).daysOff.map((d) => d.date);
    expect(off).toEqual(expect.arrayContaining(['2027-02-05', '2027-02-06', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11']));
    expect(off).toEqual(expect.arrayContaining(['2027-01-01', '2027-04-30', '2027-05-01', '2027-09-02']));
    expect(off).toContain('2027-04-16'); // 10/3 lunar
  });

  it('takes supervisors\' decisions for any year, replacing the rule for that holiday', () => {
    const c = new WorkingCalendar([{ year: 2028, holiday: 'national', daysOff: ['2028-09-01', '2028-09-02', '2028-09-03', '2028-09-04'], workingDays: ['2028-09-09'] }]);
    expect(c.isWorkingDay('2028-09-01')).toBe(false);
    expect(c.isWorkingDay('2028-09-04')).toBe(false);
    expect(c.isWorkingDay('2028-09-09')).toBe(true);
  });
});

describe('due dates', () => {
  it('does not count the receipt day and skips Tết 2026', () => {
    const r = computeDue({ receivedAt: '2026-02-13T09:30:00+07:00', amount: 3 });
    expect(r.due).toBe('2026-02-25T17:00:00+07:00');
    expect(r.skippedDays.map((s) => s.date)).toContain('2026-02-17');
    expect(r.explanation).toContain('Điều 147');
  });

  it('skips a long weekend (30/4–3/5/2026)', () => {
    expect(computeDue({ receivedAt: '2026-04-29T10:00:00+07:00', amount: 2 }).due).toBe('2026-05-05T17:00:00+07:00');
  });

  it('counts from the next working day when received on a day off or after the cut-off', () => {
    expect(computeDue({ receivedAt: '2026-11-21T10:00:00+07:00', amount: 1 }).due).toBe('2026-11-24T17:00:00+07:00');
    expect(computeDue({ receivedAt: '2026-11-23T15:30:00+07:00', amount: 0, cutoff: '15:00' }).due).toBe('2026-11-24T17:00:00+07:00');
    expect(computeDue({ receivedAt: '2026-11-23T14:30:00+07:00', amount: 0, cutoff: '15:00' }).due).toBe('2026-11-23T17:00:00+07:00');
  });

  it('reads the receipt time in Vietnam time whatever offset it is written in', () => {
    expect(computeDue({ receivedAt: '2026-11-23T02:30:00Z', amount: 1 }).due).toBe('2026-11-24T17:00:00+07:00');
  });

  it('counts half-days (morning in → morning out) and office hours', () => {
    expect(computeDue({ receivedAt: '2026-11-23T09:00:00+07:00', amount: 2, unit: 'halfDays' }).due).toBe('2026-11-24T11:30:00+07:00');
    expect(computeDue({ receivedAt: '2026-11-27T14:00:00+07:00', amount: 1, unit: 'halfDays' }).due).toBe('2026-11-30T11:30:00+07:00');
    expect(computeDue({ receivedAt: '2026-11-23T16:00:00+07:00', amount: 4, unit: 'workingHours' }).due).toBe('2026-11-24T10:30:00+07:00');
  });

  it('always lands on a working day after the receipt', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2027, 11, 1) }), fc.integer({ min: 1, max: 30 }), (ms, n) => {
        const received = new Date(ms).toISOString();
        const r = computeDue({ receivedAt: received, amount: n });
        expect(cal.isWorkingDay(r.due.slice(0, 10))).toBe(true);
        expect(Date.parse(r.due)).toBeGreaterThan(ms);
        expect(r.countedDays).toHaveLength(n);
      }),
      { numRuns: 200 },
    );
  });
});

describe('dossier status', () => {
  const due = '2026-11-25T17:00:00+07:00';
  it('derives early, on time, late, open and overdue', () => {
    expect(dossierStatus({ dueAt: due, resolvedAt: '2026-11-24T10:00:00+07:00' })).toBe('early');
    expect(dossierStatus({ dueAt: due, resolvedAt: '2026-11-25T09:00:00+07:00' })).toBe('onTime');
    expect(dossierStatus({ dueAt: due, resolvedAt: '2026-11-26T08:00:00+07:00' })).toBe('late');
    expect(dossierStatus({ dueAt: due }, Date.parse('2026-11-25T12:00:00+07:00'))).toBe('open');
    expect(dossierStatus({ dueAt: due }, Date.parse('2026-11-26T08:00:00+07:00'))).toBe('overdue');
  });
});
