import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lunarToSolar, solarToLunar } from '../../utils/deadline/lunar';

const tet = (y: number, tz?: number) => {
  const s = lunarToSolar({ day: 1, month: 1, year: y, leap: false }, tz)!;
  return `${s.year}-${String(s.month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}`;
};

describe('Vietnamese lunar calendar', () => {
  it('finds Tết on the known dates', () => {
    expect(tet(2024)).toBe('2024-02-10');
    expect(tet(2025)).toBe('2025-01-29');
    expect(tet(2026)).toBe('2026-02-17');
    expect(tet(2000)).toBe('2000-02-05');
    expect(tet(1968)).toBe('1968-01-29');
  });

  it("uses Vietnam's time zone: Tết differs from China's in 1985, 2007, 2030 and 2053", () => {
    expect(tet(1985)).toBe('1985-01-21');
    expect(tet(1985, 8)).toBe('1985-02-20');
    expect(tet(2007)).toBe('2007-02-17');
    expect(tet(2007, 8)).toBe('2007-02-18');
    expect(tet(2030)).not.toBe(tet(2030, 8));
    expect(tet(2053)).not.toBe(tet(2053, 8));
  });

  it('finds Giỗ Tổ Hùng Vương (10/3 lunar)', () => {
    expect(lunarToSolar({ day: 10, month: 3, year: 2024, leap: false })).toEqual({ day: 18, month: 4, year: 2024 });
    expect(lunarToSolar({ day: 10, month: 3, year: 2025, leap: false })).toEqual({ day: 7, month: 4, year: 2025 });
    expect(lunarToSolar({ day: 10, month: 3, year: 2026, leap: false })).toEqual({ day: 26, month: 4, year: 2026 });
  });

  it('knows leap months (2023 had a leap 2nd month, 2025 a leap 6th month)', () => {
    expect(solarToLunar(22, 3, 2023)).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toEqual({ day: 25, month: 7, year: 2025 });
    expect(lunarToSolar({ day: 1, month: 4, year: 2025, leap: true })).toBeUndefined();
  });

  it('converts back and forth for any day 1900–2100', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1901-03-01T00:00:00Z'), max: new Date('2100-11-30T00:00:00Z'), noInvalidDate: true }), (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const l = solarToLunar(d, m, y);
        expect(l.day).toBeGreaterThanOrEqual(1);
        expect(l.day).toBeLessThanOrEqual(30);
        expect(lunarToSolar(l)).toEqual({ day: d, month: m, year: y });
      }),
      { numRuns: 400 },
    );
  });
});
