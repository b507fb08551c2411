import type { Dossier } from '../schema';
import { dossierStatus } from '../deadline/status';
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

function groupKey(d: Dossier, by: GroupBy): [string, string] {
  const s = (v: unknown) => (v ? String(v) : NONE);
  if (by === 'officer') return [s(d.officer), s(d.officer)];
  if (by === 'unit') return [s(d.unit), s(d.unit)];
  if (by === 'procedure') return [s(d.procedureCode ?? d.procedureName), s(d.procedureName ?? d.procedureCode)];
  return ['all', 'Tổng'];
}

/** Adds one dossier's contribution to a period's figures. Instants are compared as numbers (ms). */
export function addToFigures(f: Figures, d: Dossier, start: number, end: number, asOf: number): void {
  const recv = Date.parse(d.receivedAt);
  if (recv >= end) return;
  const res = d.resolvedAt ? Date.parse(d.resolvedAt) : undefined;
  if (res !== undefined && res < start) return; // closed before the period: not part of it
  if (recv >= start) {
    f.received++;
    if (d.channel) f[d.channel]++;
  } else f.carriedOver++;
  if (res !== undefined && res < end) {
    if (d.withdrawn) f.withdrawn++;
    else if (d.returned) f.returned++;
    else {
      f.resolved++;
      f[dossierStatus(d) as 'early' | 'onTime' | 'late']++;
    }
    return;
  }
  if (d.withdrawn) {
    f.withdrawn++;
    return;
  }
  if (d.returned) {
    f.returned++;
    return;
  }
  f.inProgress++;
  const due = d.dueAt ? Date.parse(d.dueAt) : undefined;
  if (due !== undefined && due < asOf) f.overdue++;
  else f.notYetDue++;
}

export function finish(f: Figures): Figures {
  f.remaining = f.inProgress;
  f.onTimeRate = f.resolved ? Math.round(((f.early + f.onTime) / f.resolved) * 1000) / 10 : undefined;
  return f;
}

export function buildReport(dossiers: Iterable<Dossier>, period: Period, groupBy: GroupBy, now = Date.now()): Report {
  const start = vnDayStart(period.from);
  const end = vnDayStart(period.to) + 86_400_000;
  const asOf = Math.min(end, now);
  const groups = new Map<string, ReportRow>();
  const total = emptyFigures();
  for (const d of dossiers) {
    const before = total.received + total.carriedOver;
    addToFigures(total, d, start, end, asOf);
    if (total.received + total.carriedOver === before) continue;
    const [key, label] = groupKey(d, groupBy);
    let row = groups.get(key);
    if (!row) groups.set(key, (row = { key, label, figures: emptyFigures() }));
    addToFigures(row.figures, d, start, end, asOf);
  }
  const rows = [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  rows.forEach((r) => finish(r.figures));
  return { period, groupBy, rows, total: finish(total) };
}

/** Weekly points (Monday-based) of received and resolved on time/late, for the trend chart. */
export interface TrendPoint {
  week: string;
  received: number;
  resolvedOnTime: number;
  late: number;
}

export function weeklyTrend(dossiers: Iterable<Dossier>, period: Period): TrendPoint[] {
  const start = vnDayStart(period.from);
  const end = vnDayStart(period.to) + 86_400_000;
  const DAY = 86_400_000;
  // Monday of the first week (1970-01-01 was a Thursday; shift to Monday-based weeks in Vietnam time).
  const weekOf = (ms: number) => Math.floor((ms + 7 * 3600_000 + 3 * DAY) / (7 * DAY));
  const first = weekOf(start);
  const last = weekOf(end - 1);
  const points: TrendPoint[] = [];
  for (let w = first; w <= last; w++) {
    const monday = new Date(w * 7 * DAY - 3 * DAY).toISOString().slice(0, 10);
    points.push({ week: monday, received: 0, resolvedOnTime: 0, late: 0 });
  }
  for (const d of dossiers) {
    const recv = Date.parse(d.receivedAt);
    if (recv >= start && recv < end) points[weekOf(recv) - first]!.received++;
    if (d.resolvedAt && !d.withdrawn && !d.returned) {
      const res = Date.parse(d.resolvedAt);
      if (res >= start && res < end) {
        const p = points[weekOf(res) - first]!;
        if (dossierStatus(d) === 'late') p.late++;
        else p.resolvedOnTime++;
      }
    }
  }
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
