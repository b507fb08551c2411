import { z } from 'zod';
import { isoDate } from '../schema/common';
import { addDays, iso, isWeekend, range, weekday } from './dates';
import { lunarToSolar } from './lunar';

/**
 * Public holidays of the Labour Code 2019, art. 112: 1/1; Tết (5 days); Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5;
 * 2/9 and one adjacent day. Art. 111: a holiday on a weekly rest day (Sat/Sun for the civil service) gives a
 * compensatory day on the next working day. Each year the government fixes the exact civil-service schedule
 * (often with swapped Saturdays); those decisions replace the rule for the holiday they cover.
 *
 * Choices: the 2019 rules are applied to every year 1900–2100 (earlier laws had fewer days, e.g. Tết 4 days and
 * no Giỗ Tổ before 2007, no day next to 2/9 before 2021), because the calendar serves deadlines, not history.
 * The day next to 2/9 is 1/9 when 2/9 is a Tuesday (it joins the weekend), otherwise 3/9. A compensatory day
 * goes to the next working day not already off. Decided breaks list every day of the break, weekends included,
 * as the government notices do (e.g. Tết 2026: 14–22/2).
 */
export const HOLIDAYS = ['newYear', 'tet', 'hungKings', 'reunification', 'labour', 'national', 'other'] as const;
export type HolidayName = (typeof HOLIDAYS)[number];

export const HOLIDAY_VI: Record<HolidayName, string> = {
  newYear: 'Tết Dương lịch',
  tet: 'Tết Nguyên đán',
  hungKings: 'Giỗ Tổ Hùng Vương',
  reunification: 'Ngày Chiến thắng 30/4',
  labour: 'Ngày Quốc tế Lao động 1/5',
  national: 'Quốc khánh 2/9',
  other: 'Ngày nghỉ theo quyết định',
};


/** A government (or unit) decision for one holiday of one year: its days off and the Saturdays worked instead. */
export const decisionSchema = z.object({
  year: z.number().int().min(1900).max(2100),
  holiday: z.enum(HOLIDAYS),
  daysOff: z.array(isoDate).max(31),
  workingDays: z.array(isoDate).max(10).default([]),
  note: z.string().max(300).optional(),
});
export type Decision = z.infer<typeof decisionSchema>;
export const decisionsFileSchema = z.array(decisionSchema).max(500);

/** Civil-service schedules already decided (2025, 2026). */
export const BUILT_IN_DECISIONS: Decision[] = [
  { year: 2025, holiday: 'newYear', daysOff: ['2025-01-01'], workingDays: [] },
  { year: 2025, holiday: 'tet', daysOff: range('2025-01-25', '2025-02-02'), workingDays: [], note: 'Tết Ất Tỵ: 25/1–2/2/2025' },
  { year: 2025, holiday: 'hungKings', daysOff: ['2025-04-07'], workingDays: [] },
  {
    year: 2025,
    holiday: 'reunification',
    daysOff: range('2025-04-30', '2025-05-04'),
    workingDays: ['2025-04-26'],
    note: 'Nghỉ 30/4–4/5/2025, đổi thứ Sáu 2/5 lấy thứ Bảy 26/4',
  },
  { year: 2025, holiday: 'labour', daysOff: [], workingDays: [], note: 'Gộp trong kỳ nghỉ 30/4–4/5/2025' },
  { year: 2025, holiday: 'national', daysOff: range('2025-08-30', '2025-09-02'), workingDays: [], note: 'Quốc khánh: 30/8–2/9/2025' },
  { year: 2026, holiday: 'newYear', daysOff: range('2026-01-01', '2026-01-04'), workingDays: ['2026-01-10'], note: 'Nghỉ thứ Sáu 2/1, làm bù thứ Bảy 10/1/2026' },
  { year: 2026, holiday: 'tet', daysOff: range('2026-02-14', '2026-02-22'), workingDays: [], note: 'Tết Bính Ngọ: 14–22/2/2026' },
];

export interface DayOff {
  date: string;
  holiday: HolidayName;
  reason: string;
}

function lunarDate(day: number, month: number, year: number): string {
  const s = lunarToSolar({ day, month, year, leap: false })!;
  return iso(s.year, s.month, s.day);
}

/** The statutory days of each holiday by rule, before compensation. */
function statutoryDays(year: number): { holiday: HolidayName; dates: string[] }[] {
  const tet = lunarDate(1, 1, year);
  const sep2 = iso(year, 9, 2);
  // 2/9 plus one adjacent day: the one that joins a weekend (Tue → Mon 1/9, otherwise Wed/Thu/Fri… → 3/9).
  const adjacent = weekday(sep2) === 2 ? iso(year, 9, 1) : iso(year, 9, 3);
  return [
    { holiday: 'newYear', dates: [iso(year, 1, 1)] },
    // Tết: the last day of the old year and the first four days of the new year.
    { holiday: 'tet', dates: [addDays(tet, -1), tet, addDays(tet, 1), addDays(tet, 2), addDays(tet, 3)] },
    { holiday: 'hungKings', dates: [lunarDate(10, 3, year)] },
    { holiday: 'reunification', dates: [iso(year, 4, 30)] },
    { holiday: 'labour', dates: [iso(year, 5, 1)] },
    { holiday: 'national', dates: [sep2, adjacent].sort() },
  ];
}

export interface YearCalendar {
  year: number;
  daysOff: DayOff[];
  workingWeekendDays: { date: string; reason: string }[];
}

/** Days off and worked weekend days of a year: rule-based holidays with compensation, replaced by decisions. */
export function holidaysOf(year: number, decisions: Decision[] = BUILT_IN_DECISIONS): YearCalendar {
  const decided = new Map<HolidayName, Decision>();
  for (const d of decisions) if (d.year === year) decided.set(d.holiday, d);
  const off = new Map<string, DayOff>();
  const working: { date: string; reason: string }[] = [];
  const ruled = statutoryDays(year).filter((h) => !decided.has(h.holiday));
  for (const h of ruled) for (const date of h.dates) off.set(date, { date, holiday: h.holiday, reason: HOLIDAY_VI[h.holiday] });
  for (const d of decided.values()) {
    for (const date of d.daysOff) off.set(date, { date, holiday: d.holiday, reason: d.note ?? HOLIDAY_VI[d.holiday] });
    for (const date of d.workingDays) working.push({ date, reason: `Làm bù (${d.note ?? HOLIDAY_VI[d.holiday]})` });
  }
  // Art. 111: each rule-based holiday falling on Sat/Sun gives a compensatory day on the next working day.
  for (const h of ruled) {
    for (const date of h.dates) {
      if (!isWeekend(date)) continue;
      let next = addDays(date, 1);
      while (isWeekend(next) || off.has(next)) next = addDays(next, 1);
      off.set(next, { date: next, holiday: h.holiday, reason: `Nghỉ bù ${HOLIDAY_VI[h.holiday]}` });
    }
  }
  return {
    year,
    daysOff: [...off.values()].filter((d) => d.date.startsWith(String(year).padStart(4, '0'))).sort((a, b) => a.date.localeCompare(b.date)),
    workingWeekendDays: working.sort((a, b) => a.date.localeCompare(b.date)),
  };
}
