import { addDays, isWeekend, parseIso, WEEKDAY_VI } from './dates';
import { BUILT_IN_DECISIONS, holidaysOf, type Decision } from './holidays';

/**
 * The working calendar: Monday–Friday, less holidays and compensatory days, plus Saturdays worked by
 * decision. Years are computed once and cached.
 */
export class WorkingCalendar {
  private years = new Map<number, { off: Map<string, string>; worked: Map<string, string> }>();

  constructor(private readonly decisions: Decision[] = BUILT_IN_DECISIONS) {}

  private year(y: number) {
    let c = this.years.get(y);
    if (!c) {
      const off = new Map<string, string>();
      const worked = new Map<string, string>();
      // Tết can straddle years: include neighbours' entries that fall into this year.
      for (const yy of [y - 1, y, y + 1]) {
        const h = holidaysOf(yy, this.decisions);
        for (const d of h.daysOff) if (parseIso(d.date).y === y) off.set(d.date, d.reason);
        for (const d of h.workingWeekendDays) if (parseIso(d.date).y === y) worked.set(d.date, d.reason);
      }
      c = { off, worked };
      this.years.set(y, c);
    }
    return c;
  }

  /** Why a day is not worked, or undefined for a working day. */
  whyOff(date: string): string | undefined {
    const c = this.year(parseIso(date).y);
    if (c.worked.has(date)) return undefined;
    const h = c.off.get(date);
    if (h) return h;
    return isWeekend(date) ? WEEKDAY_VI[new Date(date + 'T00:00:00Z').getUTCDay()] : undefined;
  }

  isWorkingDay(date: string): boolean {
    return this.whyOff(date) === undefined;
  }

  nextWorkingDay(date: string): string {
    let d = addDays(date, 1);
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }
}
