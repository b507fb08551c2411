import type { Dossier } from '../schema';
import { vnDayStart } from './datetime';

/**
 * The figures one-stop units report for a period (from–to, Vietnam calendar dates, inclusive):
 * - received: received in the period, by channel; carriedOver: received before it and still open at its start;
 * - resolved early / on time / late: resolved in the period (withdrawn and returned dossiers counted apart);
 * - inProgress at the end of the period (or now, if sooner), split into not yet due and overdue = remaining;
 * - onTimeRate = (early + on time) / resolved, as a percentage, undefined when nothing was resolved.
 */
export interface Figures {
  received: number;
  online: number;
  inPerson: number;
  post: number;
  carriedOver: number;
  resolved: number;
  early: number;
  onTime: number;
  late: number;
  inProgress: number;
  notYetDue: number;
  overdue: number;
  withdrawn: number;
  returned: number;
  remaining: number;
  onTimeRate?: number;
}

export const FIGURE_LABELS: [keyof Figures, string][] = [
  ['received', 'Tiếp nhận'],
  ['online', 'Trực tuyến'],
  ['inPerson', 'Trực tiếp'],
  ['post', 'Bưu chính'],
  ['carriedOver', 'Kỳ trước chuyển qua'],
  ['resolved', 'Đã giải quyết'],
  ['early', 'Trước hạn'],
  ['onTime', 'Đúng hạn'],
  ['late', 'Trễ hạn'],
  ['inProgress', 'Đang giải quyết'],
  ['notYetDue', 'Chưa đến hạn'],
  ['overdue', 'Quá hạn'],
  ['withdrawn', 'Rút hồ sơ'],
  ['returned', 'Trả lại'],
  ['remaining', 'Tồn'],
  ['onTimeRate', 'Tỷ lệ đúng hạn (%)'],
];

export type GroupBy = 'officer' | 'unit' | 'procedure' | 'all';

export const emptyFigures = (): Figures => ({
  received: 0, online: 0, inPerson: 0, post: 0, carriedOver: 0, resolved: 0, early: 0, onTime: 0, late: 0,
  inProgress: 0, notYetDue: 0, overdue: 0, withdrawn: 0, returned: 0, remaining: 0,
});

export interface Period {
  from: string;
  to: string;
}

export interface ReportRow {
  key: string;
  label: string;
  figures: Figures;
}

export interface Report {
  period: Period;
  groupBy: GroupBy;
  rows: ReportRow[];
  total: Figures;
}

const NONE = '(chưa ghi)';

/**
 * Stored date-times are normalised "yyyy-mm-ddTHH:MM:SS+07:00"; reading their digits is several times faster
 * than Date.parse, which matters for quarter-wide aggregation. Other shapes fall back to Date.parse.
 */
export function fastTime(s: string): number {
  if (s.length === 25 && s.charCodeAt(22) === 58 && s.endsWith('+07:00')) {
    const n2 = (i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
    // Days from 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), integer-only.
    const m = n2(5);
    const y = n2(0) * 100 + n2(2) - (m <= 2 ? 1 : 0);
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + n2(8) - 1;
    const days = era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
    return (((days * 24 + n2(11) - 7) * 60 + n2(14)) * 60 + n2(17)) * 1000;
  }
  return Date.parse(s);
}

const DAY_MS = 86_400_000;
const vnDay = (ms: number) => Math.floor((ms + 7 * 3600_000) / DAY_MS);

/** Status computed from parsed instants (same rules as deadline/status.ts). */
function resolvedStatus(done: number, due: number | undefined): 'early' | 'onTime' | 'late' {
  if (due === undefined) return 'onTime';
  if (done > due) return 'late';
  return vnDay(done) < vnDay(due) ? 'early' : 'onTime';
}

/** Group key (also its label, except procedures: code as key, name as label). No allocation per dossier. */
function groupKeyOf(d: Dossier, by: GroupBy): string {
  if (by === 'officer') return (d.officer as string | undefined) || NONE;
  if (by === 'unit') return (d.unit as string | undefined) || NONE;
  if (by === 'procedure') return ((d.procedureCode ?? d.procedureName) as string | undefined) || NONE;
  return 'all';
}

function groupLabelOf(d: Dossier, by: GroupBy): string {
  if (by === 'procedure') return ((d.procedureName ?? d.procedureCode) as string | undefined) || NONE;
  return by === 'all' ? 'Tổng' : groupKeyOf(d, by);
}

/** Adds one dossier's contribution to a period's figures. Instants are compared as numbers (ms). */
export function addToFigures(f: Figures, d: Dossier, start: number, end: number, asOf: number): boolean {
  const recv = fastTime(d.receivedAt);
  if (recv >= end) return false;
  const res = d.resolvedAt ? fastTime(d.resolvedAt) : undefined;
  if (res !== undefined && res < start) return false; // closed before the period: not part of it
  const due = d.dueAt ? fastTime(d.dueAt) : undefined;
  add(f, d, recv >= start, res !== undefined && res < end ? res : undefined, due, asOf);
  return true;
}

function add(f: Figures, d: Dossier, receivedInPeriod: boolean, res: number | undefined, due: number | undefined, asOf: number): void {
  if (receivedInPeriod) {
    f.received++;
    if (d.channel) f[d.channel]++;
  } else f.carriedOver++;
  if (res !== undefined) {
    if (d.withdrawn) f.withdrawn++;
    else if (d.returned) f.returned++;
    else {
      f.resolved++;
      f[resolvedStatus(res, due)]++;
    }
    return;
  }
  if (d.withdrawn) f.withdrawn++;
  else if (d.returned) f.returned++;
  else {
    f.inProgress++;
    if (due !== undefined && due < asOf) f.overdue++;
    else f.notYetDue++;
  }
}

export function finish(f: Figures): Figures {
  f.remaining = f.inProgress;
  f.onTimeRate = f.resolved ? Math.round(((f.early + f.onTime) / f.resolved) * 1000) / 10 : undefined;
  return f;
}

export function buildReport(dossiers: Iterable<Dossier>, period: Period, groupBy: GroupBy, now = Date.now()): Report {
  return buildReports(dossiers, period, [groupBy], now)[0]!;
}

/** Several groupings in one pass over the dossiers (each date parsed once); fills `trend` when given. */
export function buildReports(dossiers: Iterable<Dossier>, period: Period, groupBys: GroupBy[], now = Date.now(), trend?: TrendPoint[]): Report[] {
  const start = vnDayStart(period.from);
  const end = vnDayStart(period.to) + DAY_MS;
  const first = weekIndex(start);
  const asOf = Math.min(end, now);
  const maps = groupBys.map(() => new Map<string, ReportRow>());
  const total = emptyFigures();
  for (const d of dossiers) {
    const recv = fastTime(d.receivedAt);
    if (recv >= end) continue;
    const resAt = d.resolvedAt ? fastTime(d.resolvedAt) : undefined;
    if (resAt !== undefined && resAt < start) continue;
    const due = d.dueAt ? fastTime(d.dueAt) : undefined;
    const res = resAt !== undefined && resAt < end ? resAt : undefined;
    add(total, d, recv >= start, res, due, asOf);
    if (trend) {
      if (recv >= start) trend[weekIndex(recv) - first]!.received++;
      if (res !== undefined && !d.withdrawn && !d.returned) {
        const p = trend[weekIndex(res) - first]!;
        if (due !== undefined && res > due) p.late++;
        else p.resolvedOnTime++;
      }
    }
    for (let i = 0; i < groupBys.length; i++) {
      const by = groupBys[i]!;
      const key = groupKeyOf(d, by);
      const groups = maps[i]!;
      let row = groups.get(key);
      if (!row) groups.set(key, (row = { key, label: groupLabelOf(d, by), figures: emptyFigures() }));
      add(row.figures, d, recv >= start, res, due, asOf);
    }
  }
  finish(total);
  return groupBys.map((groupBy, i) => {
    const rows = [...maps[i]!.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
    rows.forEach((r) => finish(r.figures));
    return { period, groupBy, rows, total: { ...total } };
  });
}

/** Weekly points (Monday-based) of received and resolved on time/late, for the trend chart. */
export interface TrendPoint {
  week: string;
  received: number;
  resolvedOnTime: number;
  late: number;
}

// Monday-based week number in Vietnam time (1970-01-01 was a Thursday).
const weekIndex = (ms: number) => Math.floor((ms + 7 * 3600_000 + 3 * DAY_MS) / (7 * DAY_MS));

/** Empty weekly points covering a period. */
export function trendWeeks(period: Period): TrendPoint[] {
  const first = weekIndex(vnDayStart(period.from));
  const last = weekIndex(vnDayStart(period.to) + DAY_MS - 1);
  const points: TrendPoint[] = [];
  for (let w = first; w <= last; w++) {
    points.push({ week: new Date(w * 7 * DAY_MS - 3 * DAY_MS).toISOString().slice(0, 10), received: 0, resolvedOnTime: 0, late: 0 });
  }
  return points;
}

export function weeklyTrend(dossiers: Iterable<Dossier>, period: Period): TrendPoint[] {
  const points = trendWeeks(period);
  buildReports(dossiers, period, [], Date.now(), points);
  return points;
}

/** A report as a table (header + rows) for CSV/XLSX export and printing. */
export function reportTable(r: Report): { headers: string[]; rows: (string | number)[][] } {
  const groupLabel = { officer: 'Cán bộ', unit: 'Đơn vị', procedure: 'Thủ tục', all: 'Phạm vi' }[r.groupBy];
  const headers = [groupLabel, ...FIGURE_LABELS.map(([, l]) => l)];
  const line = (label: string, f: Figures) => [label, ...FIGURE_LABELS.map(([k]) => f[k] ?? '')];
  return { headers, rows: [...r.rows.map((row) => line(row.label, row.figures)), line('Tổng cộng', r.total)] };
}

/** Monday–Sunday week containing a date; units report every Friday for the week. */
export function weekOfDate(date: string): Period {
  const t = new Date(date + 'T00:00:00Z');
  const dow = (t.getUTCDay() + 6) % 7;
  const mon = new Date(t.getTime() - dow * 86_400_000);
  const sun = new Date(mon.getTime() + 6 * 86_400_000);
  return { from: mon.toISOString().slice(0, 10), to: sun.toISOString().slice(0, 10) };
}

export function quarterOfDate(date: string): Period {
  const y = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const endMonth = q * 3 + 3;
  const last = new Date(Date.UTC(y, endMonth, 0)).getUTCDate();
  return { from: `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`, to: `${y}-${String(endMonth).padStart(2, '0')}-${last}` };
}
