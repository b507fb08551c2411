import Dexie, { type EntityTable } from 'dexie';
import type { Dossier, Procedure } from '../schema';
import { BUILT_IN_DECISIONS, decisionsFileSchema, type Decision } from '../deadline/holidays';
import { WorkingCalendar } from '../deadline/calendar';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../deadline/due';
import { parseVnDateTime, toVnIso, vnDayStart } from './datetime';
import { planMerge, type MergePlan } from './merge';
import { SEED_PROCEDURES } from './procedures';

/**
 * The deadlines database (its own IndexedDB database, separate from the citizens' one). Callers use the
 * repository below, never the tables, so encryption at rest can wrap it later without touching them.
 * Date-times are stored normalised to "+07:00" so string order is time order and index ranges work.
 */
export type DossierRow = Dossier & {
  /** dueAt of an open dossier ('~' when it has none); absent once resolved, so the index holds open ones only. */
  openDue?: string;
};
export interface DecisionRow extends Decision {
  id: string;
}
export interface SentAlertRow {
  id: string;
  at: number;
}
export interface SettingRow {
  key: string;
  value: unknown;
}

export type DeadlinesDb = Dexie & {
  dossiers: EntityTable<DossierRow, 'code'>;
  procedures: EntityTable<Procedure, 'code'>;
  decisions: EntityTable<DecisionRow, 'id'>;
  sentAlerts: EntityTable<SentAlertRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
};

export const DEADLINES_DB_NAME = 'tro-ly-mot-cua-deadlines';

export function openDeadlinesDb(name = DEADLINES_DB_NAME): DeadlinesDb {
  const db = new Dexie(name) as DeadlinesDb;
  // Add a new version() for each schema change; never edit old ones.
  db.version(1).stores({
    dossiers: 'code, dueAt, receivedAt, resolvedAt, officer, unit, procedureCode, openDue',
    procedures: 'code',
    decisions: 'id, year',
    sentAlerts: 'id, at',
    settings: 'key',
  });
  return db;
}

let shared: DeadlinesDb | undefined;
export function deadlinesDb(): DeadlinesDb {
  shared ??= openDeadlinesDb();
  return shared;
}

const norm = (v: string | undefined) => (v ? (parseVnDateTime(v) ?? v) : undefined);

export function toRow(d: Dossier): DossierRow {
  const row: DossierRow = { ...d, receivedAt: norm(d.receivedAt)! };
  if (d.dueAt) row.dueAt = norm(d.dueAt);
  if (d.resolvedAt) row.resolvedAt = norm(d.resolvedAt);
  else row.openDue = row.dueAt ?? '~';
  return row;
}

export function fromRow(r: DossierRow): Dossier {
  const { openDue: _open, ...d } = r;
  return d;
}

export class DossierRepo {
  constructor(readonly db: DeadlinesDb = deadlinesDb()) {}

  async get(code: string): Promise<Dossier | undefined> {
    const r = await this.db.dossiers.get(code);
    return r && fromRow(r);
  }

  async count(): Promise<number> {
    return this.db.dossiers.count();
  }

  async all(): Promise<Dossier[]> {
    return (await this.db.dossiers.toArray()).map(fromRow);
  }

  async put(d: Dossier): Promise<void> {
    await this.db.dossiers.put(toRow({ ...d, updatedAt: Date.now() }));
  }

  /** Raw bulk write (bench fill, restore); no merging. */
  async bulkPut(list: Dossier[]): Promise<void> {
    await this.db.dossiers.bulkPut(list.map(toRow));
  }

  /** Merges incoming dossiers (import, other officers' exports) by code in one transaction. */
  async importMerge(incoming: Dossier[]): Promise<Omit<MergePlan, 'merged'>> {
    return this.db.transaction('rw', this.db.dossiers, async () => {
      const codes = [...new Set(incoming.map((d) => d.code))];
      const found = await this.db.dossiers.bulkGet(codes);
      const existing = new Map<string, Dossier>();
      found.forEach((r) => r && existing.set(r.code, fromRow(r)));
      const plan = planMerge(existing, incoming.map((d) => fromRow(toRow(d))));
      if (plan.merged.length) await this.db.dossiers.bulkPut(plan.merged.map(toRow));
      return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
    });
  }

  async resolve(code: string, at = Date.now()): Promise<void> {
    const r = await this.db.dossiers.get(code);
    if (!r) throw new Error(`Không tìm thấy hồ sơ ${code}.`);
    await this.db.dossiers.put(toRow({ ...fromRow(r), resolvedAt: toVnIso(at), updatedAt: Date.now() }));
  }

  async reopen(code: string): Promise<void> {
    const r = await this.db.dossiers.get(code);
    if (!r) return;
    const { resolvedAt: _r, ...rest } = fromRow(r);
    await this.db.dossiers.put(toRow({ ...rest, updatedAt: Date.now() }));
  }

  async remove(code: string): Promise<void> {
    await this.db.dossiers.delete(code);
  }

  /**
   * Dossiers that can count in a period [from, to] (Vietnam dates): resolved on or after its start, or still
   * open (anything received in the period is one of the two). Two index ranges instead of a full scan.
   */
  async forPeriod(from: string, to: string): Promise<Dossier[]> {
    const start = toVnIso(vnDayStart(from));
    const end = toVnIso(vnDayStart(to) + 86_400_000);
    const t = this.db.dossiers;
    const [a, b] = await Promise.all([t.where('resolvedAt').aboveOrEqual(start).toArray(), t.where('openDue').aboveOrEqual('').toArray()]);
    const out: Dossier[] = [];
    for (const list of [a, b]) for (const r of list) if (r.receivedAt < end) out.push(fromRow(r));
    return out;
  }

  /** Open dossiers due before `until` (ms), overdue ones included, soonest first. */
  async dueBefore(until: number, filter: { officer?: string; unit?: string } = {}): Promise<Dossier[]> {
    const rows = await this.db.dossiers.where('openDue').below(toVnIso(until)).toArray();
    return rows
      .filter((r) => (!filter.officer || r.officer === filter.officer) && (!filter.unit || r.unit === filter.unit))
      .map(fromRow);
  }

  async openDossiers(): Promise<Dossier[]> {
    return (await this.db.dossiers.where('openDue').aboveOrEqual('').toArray()).map(fromRow);
  }
}

export class ProcedureRepo {
  constructor(readonly db: DeadlinesDb = deadlinesDb()) {}

  /** The catalogue, seeded on first use. */
  async list(): Promise<Procedure[]> {
    if ((await this.db.procedures.count()) === 0 && !(await this.db.settings.get('proceduresSeeded'))) {
      await this.db.transaction('rw', this.db.procedures, this.db.settings, async () => {
        await this.db.procedures.bulkPut(SEED_PROCEDURES);
        await this.db.settings.put({ key: 'proceduresSeeded', value: true });
      });
    }
    return (await this.db.procedures.toArray()).sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  async get(code: string): Promise<Procedure | undefined> {
    return this.db.procedures.get(code);
  }

  async put(p: Procedure): Promise<void> {
    await this.db.procedures.put(p);
  }

  async remove(code: string): Promise<void> {
    await this.db.procedures.delete(code);
  }

  async replaceAll(list: Procedure[]): Promise<void> {
    await this.db.transaction('rw', this.db.procedures, this.db.settings, async () => {
      await this.db.procedures.clear();
      await this.db.procedures.bulkPut(list);
      await this.db.settings.put({ key: 'proceduresSeeded', value: true });
    });
  }
}

const decisionId = (d: Decision) => `${d.year}:${d.holiday}`;

export class DecisionRepo {
  constructor(readonly db: DeadlinesDb = deadlinesDb()) {}

  async list(): Promise<Decision[]> {
    return (await this.db.decisions.toArray()).map(({ id: _id, ...d }) => d).sort((a, b) => a.year - b.year || a.holiday.localeCompare(b.holiday));
  }

  async put(d: Decision): Promise<void> {
    await this.db.decisions.put({ ...d, id: decisionId(d) });
  }

  async remove(d: Pick<Decision, 'year' | 'holiday'>): Promise<void> {
    await this.db.decisions.delete(`${d.year}:${d.holiday}`);
  }

  /** Imports a decisions file (JSON array); refuses the whole file with a Vietnamese message if any entry is bad. */
  async importJson(text: string): Promise<number> {
    const list = parseDecisionsJson(text);
    await this.db.decisions.bulkPut(list.map((d) => ({ ...d, id: decisionId(d) })));
    return list.length;
  }

  /** The working calendar: built-in decisions, overridden by the supervisors' own. */
  async calendar(): Promise<WorkingCalendar> {
    return new WorkingCalendar([...BUILT_IN_DECISIONS, ...(await this.list())]);
  }
}

export function parseDecisionsJson(text: string): Decision[] {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new Error('Tệp quyết định nghỉ lễ không phải JSON hợp lệ. Không có gì được thay đổi.');
  }
  const r = decisionsFileSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new Error(`Tệp quyết định nghỉ lễ không hợp lệ ở mục ${i.path.join('.') || 'gốc'}: ${i.message}. Không có gì được thay đổi.`);
  }
  return r.data;
}

/** Alert thresholds: working days before the due day (1 = one working day before, 0 = on the day) and overdue. */
export interface DeadlineSettings {
  officeHours: OfficeHours;
  alertDaysBefore: number[];
  alertOverdue: boolean;
  officer?: string;
  unit?: string;
}
export const DEFAULT_DEADLINE_SETTINGS: DeadlineSettings = { officeHours: DEFAULT_OFFICE_HOURS, alertDaysBefore: [1, 0], alertOverdue: true };

export class SettingsRepo {
  constructor(readonly db: DeadlinesDb = deadlinesDb()) {}
  async get(): Promise<DeadlineSettings> {
    const v = (await this.db.settings.get('deadlines'))?.value as Partial<DeadlineSettings> | undefined;
    return { ...DEFAULT_DEADLINE_SETTINGS, ...v };
  }
  async set(s: DeadlineSettings): Promise<void> {
    await this.db.settings.put({ key: 'deadlines', value: s });
  }
}

export class AlertLog {
  constructor(readonly db: DeadlinesDb = deadlinesDb()) {}
  /** Records an alert; false when it was already sent (each alert at most once, across restarts). */
  async claim(id: string, at = Date.now()): Promise<boolean> {
    return this.db.transaction('rw', this.db.sentAlerts, async () => {
      if (await this.db.sentAlerts.get(id)) return false;
      await this.db.sentAlerts.put({ id, at });
      return true;
    });
  }
  async purgeBefore(at: number): Promise<void> {
    await this.db.sentAlerts.where('at').below(at).delete();
  }
}
