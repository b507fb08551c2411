import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../../utils/deadline/calendar';
import { computeDue, localParts } from '../../utils/deadline/due';

const cal = new WorkingCalendar();
const instant = fc.integer({ min: Date.UTC(2024, 11, 1), max: Date.UTC(2027, 1, 28) });

describe('due dates, any receipt time, any unit', () => {
  it('are inside office hours of a working day, after the receipt, with or without a cut-off', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom('workingDays', 'workingHours', 'halfDays' as const), fc.integer({ min: 1, max: 12 }), fc.boolean(), (ms, unit, n, cut) => {
        const r = computeDue({ receivedAt: new Date(ms).toISOString(), amount: n, unit: unit as 'workingDays', cutoff: cut ? '15:00' : undefined }, cal);
        const { date, minute } = localParts(r.due);
        expect(cal.isWorkingDay(date)).toBe(true);
        expect(Date.parse(r.due)).toBeGreaterThan(ms);
        expect(minute >= 7 * 60 + 30 && minute <= 17 * 60).toBe(true);
        for (const s of r.skippedDays) expect(cal.isWorkingDay(s.date)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never gets earlier when the receipt is later (monotonic)', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 0, max: 5 * 86_400_000 }), fc.integer({ min: 0, max: 15 }), (ms, later, n) => {
        const a = computeDue({ receivedAt: new Date(ms).toISOString(), amount: n, cutoff: '15:00' }, cal);
        const b = computeDue({ receivedAt: new Date(ms + later).toISOString(), amount: n, cutoff: '15:00' }, cal);
        expect(Date.parse(b.due)).toBeGreaterThanOrEqual(Date.parse(a.due));
      }),
      { numRuns: 300 },
    );
  });
});
