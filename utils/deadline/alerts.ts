import type { Dossier } from '../schema';
import type { WorkingCalendar } from './calendar';
import { addDays } from './dates';

/**
 * Which deadline alerts are due now. Thresholds count working days before the due day (1 = the working day
 * before, 0 = on the due day), plus "overdue". Each alert has a stable id (code + threshold + due) so the caller
 * can send it at most once, and a changed due date gives fresh alerts.
 */
export interface Alert {
  id: string;
  code: string;
  kind: 'before' | 'onDay' | 'overdue';
  title: string;
  message: string;
}

const TZ_MS = 7 * 3600_000;
export const vnToday = (now: number) => new Date(now + TZ_MS).toISOString().slice(0, 10);
const fmt = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;

/** Working days from `from` (exclusive) to `to` (inclusive); 0 when equal, negative when `to` is earlier. */
export function workingDaysBetween(from: string, to: string, cal: WorkingCalendar, cap = 60): number {
  if (to === from) return 0;
  if (to < from) return -workingDaysBetween(to, from, cal, cap);
  let n = 0;
  for (let d = addDays(from, 1), i = 0; d <= to && i < 400; d = addDays(d, 1), i++) {
    if (cal.isWorkingDay(d)) n++;
    if (n > cap) break;
  }
  return n;
}

export function dueAlerts(dossiers: Dossier[], now: number, cal: WorkingCalendar, daysBefore: number[] = [1, 0], overdue = true): Alert[] {
  const today = vnToday(now);
  const out: Alert[] = [];
  for (const d of dossiers) {
    if (d.resolvedAt || d.withdrawn || d.returned || !d.dueAt) continue;
    const due = Date.parse(d.dueAt);
    const dueDay = vnToday(due);
    const name = d.procedureName ? ` (${d.procedureName})` : '';
    if (now > due) {
      if (overdue) out.push({ id: `${d.code}|overdue|${d.dueAt}`, code: d.code, kind: 'overdue', title: 'Hồ sơ quá hạn', message: `Hồ sơ ${d.code}${name} đã quá hạn trả ${d.dueAt.slice(11, 16)} ngày ${fmt(dueDay)}.` });
      continue;
    }
    const left = workingDaysBetween(today, dueDay, cal, Math.max(0, ...daysBefore) + 1);
    if (!daysBefore.includes(left)) continue;
    out.push(
      left === 0
        ? { id: `${d.code}|0|${d.dueAt}`, code: d.code, kind: 'onDay', title: 'Hồ sơ đến hạn hôm nay', message: `Hồ sơ ${d.code}${name} hẹn trả hôm nay lúc ${d.dueAt.slice(11, 16)}.` }
        : { id: `${d.code}|${left}|${d.dueAt}`, code: d.code, kind: 'before', title: `Hồ sơ còn ${left} ngày làm việc`, message: `Hồ sơ ${d.code}${name} hẹn trả ngày ${fmt(dueDay)} lúc ${d.dueAt.slice(11, 16)}.` },
    );
  }
  return out;
}

/** Badge count: open dossiers due today or already overdue. */
export function badgeCount(dossiers: Dossier[], now: number): number {
  const today = vnToday(now);
  let n = 0;
  for (const d of dossiers) {
    if (d.resolvedAt || d.withdrawn || d.returned || !d.dueAt) continue;
    if (Date.parse(d.dueAt) < now || vnToday(Date.parse(d.dueAt)) === today) n++;
  }
  return n;
}
