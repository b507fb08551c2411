import type { Dossier } from '../schema';
import { vnDayStart } from './datetime';
import { FACT_CHANNELS, factOf, packFacts, RETURNED, textAt, WITHDRAWN, type FactChunk } from './facts';

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

const DAY_MS = 86_400_000;
const vnDay = (ms: number) => Math.floor((ms + 7 * 3600_000) / DAY_MS);

/** Status computed from parsed instants (same rules as deadline/status.ts); NaN: no due time. */
function resolvedStatus(done: number, due: number): 'early' | 'onTime' | 'late' {
  if (Number.isNaN(due)) return 'onTime';
  if (done > due) return 'late';
  return vnDay(done) < vnDay(due) ? 'early' : 'onTime';
}

/** One dossier's contribution; `res` is its resolution within the period (NaN: none), `bits` as in facts.ts. */
function add(f: Figures, bits: number, receivedInPeriod: boolean, res: number, due: number, asOf: number): void {
  if (receivedInPeriod) {
    f.received++;
    const ch = FACT_CHANNELS[bits & 3];
    if (ch) f[ch]++;
  } else f.carriedOver++;
  if (bits & WITHDRAWN) f.withdrawn++;
  else if (bits & RETURNED) f.returned++;
  else if (!Number.isNaN(res)) {
    f.resolved++;
    f[resolvedStatus(res, due)]++;
  } else {
    f.inProgress++;
    if (due < asOf) f.overdue++;
    else f.notYetDue++;
  }
}

export function finish(f: Figures): Figures {
  f.remaining = f.inProgress;
  f.onTimeRate = f.resolved ? Math.round(((f.early + f.onTime) / f.resolved) * 1000) / 10 : undefined;
  return f;
}

/** A chunk's own number for the group of entry i (string-table indices), so names are looked up once per chunk. */
function slotOf(c: FactChunk, i: number, by: GroupBy): number {
  if (by === 'officer') return c.officer[i]!;
  if (by === 'unit') return c.unit[i]!;
  if (by === 'procedure') return c.procedureCode[i]! * c.strings.length + c.procedureName[i]!;
  return 0;
}

/**
 * The group row of entry i: key (also the label, except procedures: code as key, name as label). When one
 * code comes with several names, the label is a real name, the alphabetically first: the same report
 * whatever order the dossiers are read in (index chunks or a list).
 */
function groupRow(groups: Map<string, ReportRow>, c: FactChunk, i: number, by: GroupBy): ReportRow {
  const code = textAt(c, c.procedureCode[i]!);
  const name = textAt(c, c.procedureName[i]!);
  const key =
    by === 'officer' ? textAt(c, c.officer[i]!) || NONE : by === 'unit' ? textAt(c, c.unit[i]!) || NONE : by === 'procedure' ? (code ?? name) || NONE : 'all';
  const label = by === 'procedure' ? (name ?? code) || NONE : by === 'all' ? 'Tổng' : key;
  const row = groups.get(key);
  if (!row) {
    const fresh = { key, label, figures: emptyFigures() };
    groups.set(key, fresh);
    return fresh;
  }
  const named = (l: string) => l !== key;
  if (named(label) !== named(row.label) ? named(label) : label < row.label) row.label = label;
  return row;
}

export function buildReport(dossiers: Iterable<Dossier>, period: Period, groupBy: GroupBy, now = Date.now()): Report {
  return buildReports(dossiers, period, [groupBy], now)[0]!;
}

/** Reports from a list of dossiers (tests, merged exports): their facts, then the one implementation below. */
export function buildReports(dossiers: Iterable<Dossier>, period: Period, groupBys: GroupBy[], now = Date.now(), trend?: TrendPoint[]): Report[] {
  return buildFactReports([packFacts(0, Array.from(dossiers, factOf))], period, groupBys, now, trend);
}

/** Several groupings in one pass over the figures index (facts.ts); fills `trend` when given. */
export function buildFactReports(chunks: Iterable<FactChunk>, period: Period, groupBys: GroupBy[], now = Date.now(), trend?: TrendPoint[]): Report[] {
  const start = vnDayStart(period.from);
  const end = vnDayStart(period.to) + DAY_MS;
  const first = weekIndex(start);
  const asOf = Math.min(end, now);
  const maps = groupBys.map(() => new Map<string, ReportRow>());
  const total = emptyFigures();
  for (const c of chunks) {
    const local = groupBys.map(() => new Map<number, ReportRow>());
    for (let i = 0; i < c.n; i++) {
      const recv = c.receivedAt[i]!;
      if (recv >= end) continue;
      const resAt = c.resolvedAt[i]!;
      if (resAt < start) continue; // closed before the period: not part of it
      const due = c.dueAt[i]!;
      const res = resAt < end ? resAt : NaN;
      const bits = c.bits[i]!;
      const inPeriod = recv >= start;
      add(total, bits, inPeriod, res, due, asOf);
      if (trend) {
        if (inPeriod) trend[weekIndex(recv) - first]!.received++;
        if (!Number.isNaN(res) && !(bits & (WITHDRAWN | RETURNED))) {
          const p = trend[weekIndex(res) - first]!;
          if (res > due) p.late++;
          else p.resolvedOnTime++;
        }
      }
      for (let g = 0; g < groupBys.length; g++) {
        const by = groupBys[g]!;
        const slot = slotOf(c, i, by);
        let row = local[g]!.get(slot);
        if (!row) local[g]!.set(slot, (row = groupRow(maps[g]!, c, i, by)));
        add(row.figures, bits, inPeriod, res, due, asOf);
      }
    }
  }
  finish(total);
  return groupBys.map((groupBy, i) => {
    // Ties (two codes with one name) by key, so the order does not depend on the order of reading either.
    const rows = [...maps[i]!.values()].sort((a, b) => a.label.localeCompare(b.label, 'vi') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
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
