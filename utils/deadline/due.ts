import { z } from 'zod';
import { WorkingCalendar } from './calendar';
import { addDays, iso } from './dates';

/**
 * Due date of a dossier. The receipt day is not counted (Civil Code 2015, art. 147): counting starts on the
 * next working day. A receipt on a day off, or after the procedure's cut-off time, counts as received on the
 * next working day. Short procedures count office hours or half-day sessions (morning in → morning out).
 */
export const officeHoursSchema = z.object({
  morning: z.tuple([z.string(), z.string()]).default(['07:30', '11:30']),
  afternoon: z.tuple([z.string(), z.string()]).default(['13:30', '17:00']),
});
export type OfficeHours = z.infer<typeof officeHoursSchema>;
export const DEFAULT_OFFICE_HOURS: OfficeHours = { morning: ['07:30', '11:30'], afternoon: ['13:30', '17:00'] };

export interface DueInput {
  receivedAt: string;
  amount: number;
  unit?: 'workingDays' | 'workingHours' | 'halfDays';
  /** "HH:MM": a receipt after it counts from the next working day. */
  cutoff?: string;
  officeHours?: OfficeHours;
}

export interface DueResult {
  due: string;
  receivedAt: string;
  /** The working day counting is based on (the receipt day, or the next working day). */
  countFrom: string;
  countedDays: string[];
  skippedDays: { date: string; reason: string }[];
  explanation: string;
}

const TZ_MS = 7 * 3600_000;
const mins = (hhmm: string) => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return h * 60 + m;
};
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const at = (date: string, minutes: number) => `${date}T${hhmm(minutes)}:00+07:00`;

/** Vietnam local date and minute-of-day of an ISO date-time with offset. */
export function localParts(isoDateTime: string): { date: string; minute: number } {
  const ms = Date.parse(isoDateTime);
  if (Number.isNaN(ms)) throw new Error(`Thời điểm không hợp lệ: ${isoDateTime}`);
  const t = new Date(ms + TZ_MS);
  return { date: iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()), minute: t.getUTCHours() * 60 + t.getUTCMinutes() };
}

function fmtVi(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Consecutive skipped days with the same reason read as one range: "14/02/2026–22/02/2026 (Tết …)". */
export function groupSkipped(days: { date: string; reason: string }[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < days.length) {
    let j = i;
    while (j + 1 < days.length && days[j + 1]!.reason === days[i]!.reason && days[j + 1]!.date === addDays(days[j]!.date, 1)) j++;
    const a = days[i]!;
    out.push(j === i ? `${fmtVi(a.date)} (${a.reason})` : `${fmtVi(a.date)}–${fmtVi(days[j]!.date)} (${a.reason})`);
    i = j + 1;
  }
  return out;
}

export function computeDue(input: DueInput, cal = new WorkingCalendar()): DueResult {
  if (!Number.isFinite(input.amount) || input.amount < 0) throw new Error('Thời hạn giải quyết phải là số không âm.');
  const office = input.officeHours ?? DEFAULT_OFFICE_HOURS;
  const { date: recvDate, minute } = localParts(input.receivedAt);
  const skipped: { date: string; reason: string }[] = [];
  const notes: string[] = [];
  const unit = input.unit ?? 'workingDays';
  const endOfDay = mins(office.afternoon[1]);

  let base = recvDate;
  const lateByCutoff = input.cutoff !== undefined && minute > mins(input.cutoff);
  if (!cal.isWorkingDay(recvDate) || lateByCutoff) {
    if (!cal.isWorkingDay(recvDate)) skipped.push({ date: recvDate, reason: cal.whyOff(recvDate)! });
    let d = addDays(recvDate, 1);
    while (!cal.isWorkingDay(d)) {
      skipped.push({ date: d, reason: cal.whyOff(d)! });
      d = addDays(d, 1);
    }
    notes.push(
      lateByCutoff && cal.isWorkingDay(recvDate)
        ? `Nhận sau ${input.cutoff} nên tính như nhận ngày ${fmtVi(d)}.`
        : `Nhận vào ngày nghỉ nên tính như nhận ngày ${fmtVi(d)}.`,
    );
    base = d;
  }
  const startMinute = base === recvDate ? minute : mins(office.morning[0]);
  const counted: string[] = [];
  let due: string;

  if (unit === 'workingDays') {
    notes.push('Không tính ngày tiếp nhận (Điều 147 Bộ luật Dân sự 2015).');
    let d = base;
    while (counted.length < input.amount) {
      d = addDays(d, 1);
      const why = cal.whyOff(d);
      if (why) skipped.push({ date: d, reason: why });
      else counted.push(d);
    }
    due = at(d, endOfDay);
  } else {
    // Office sessions from the receipt on; hours and half-days are counted inside them only.
    const sessions = [office.morning, office.afternoon].map(([a, b]) => [mins(a), mins(b)] as const);
    let d = base;
    let m = startMinute;
    let remaining = unit === 'workingHours' ? input.amount * 60 : input.amount;
    if (unit === 'halfDays') {
      // The session of receipt is not counted: start at the next session boundary.
      const idx = sessions.findIndex(([, b]) => m < b);
      let si = idx === -1 ? 2 : idx + 1;
      due = '';
      while (remaining > 0) {
        if (si >= 2) {
          d = cal.nextWorkingDay(d);
          si = 0;
        }
        remaining--;
        if (!counted.includes(d)) counted.push(d);
        if (remaining === 0) due = at(d, sessions[si]![1]);
        si++;
      }
      if (input.amount === 0) due = at(d, sessions[Math.max(0, idx)]?.[1] ?? endOfDay);
    } else {
      due = at(d, m);
      while (remaining > 0) {
        const s = sessions.find(([, b]) => m < b);
        if (!s) {
          d = cal.nextWorkingDay(d);
          m = sessions[0]![0];
          continue;
        }
        m = Math.max(m, s[0]);
        const take = Math.min(remaining, s[1] - m);
        m += take;
        remaining -= take;
        if (!counted.includes(d)) counted.push(d);
        due = at(d, m);
      }
    }
  }
  const skippedText = skipped.length ? ` Bỏ qua: ${groupSkipped(skipped).join(', ')}.` : '';
  return {
    due,
    receivedAt: input.receivedAt,
    countFrom: base,
    countedDays: counted,
    skippedDays: skipped,
    explanation: `${notes.join(' ')}${skippedText} Hạn trả: ${fmtVi(due.slice(0, 10))} lúc ${due.slice(11, 16)}.`.trim(),
  };
}
