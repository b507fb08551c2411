import Dexie, { type EntityTable } from 'dexie';
import { codec as currentCodec, LockedError, type RecordCodec } from '../store/codec';
import type { Dossier, Procedure } from '../schema';
import { BUILT_IN_DECISIONS, decisionsFileSchema, type Decision } from '../deadline/holidays';
import { WorkingCalendar } from '../deadline/calendar';
import { DEFAULT_OFFICE_HOURS, type OfficeHours } from '../deadline/due';
import { fastTime, parseVnDateTime, toVnIso, vnDayStart } from './datetime';
import { applyFacts, bucketOf, byBucket, codesInScope, dueFacts, factOf, factsAgree, openCodes, packAll, type FactChunk } from './facts';
import { planMerge, type MergePlan } from './merge';
import { SEED_PROCEDURES } from './procedures';

/**
 * The deadlines database (its own IndexedDB database, separate from the citizens' one). Callers use the
 * repository below, never the tables, so encryption at rest can wrap it later without touching them.
 * Date-times are stored normalised to "+07:00" so string order is time order and index ranges work.
 */
export type DossierRow = Omit<Dossier, PersonalKey> & {
  /** Versions 1–2 indexed open dossiers by this (dueAt, '~' without one); the figures index does it now. */
  openDue?: string;
  /** The applicant's name and number, encrypted with the officer's data key (utils/store/codec.ts). */
  sealed?: string;
  /** Keyed hash of the applicant's ID number: find a citizen's dossiers without decrypting them all. */
  applicantKey?: string;
  /** Rows written before encryption (database version 1) may still hold these in clear until sealed. */
  applicantName?: string;
  applicantIdNumber?: string;
};

/**
 * Applicant data is personal; everything else in a dossier (code, procedure, dates, officer, unit, channel)
 * stays in clear so that indexes, the dashboard's figures and alerts work without decrypting anything, even
 * while the extension is locked.
 */
export const PERSONAL_KEYS = ['applicantName', 'applicantIdNumber'] as const;
type PersonalKey = (typeof PERSONAL_KEYS)[number];
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
  /** The figures index (facts.ts): derived from the rows, written in the same transactions. */
  facts: EntityTable<FactChunk, 'id'>;
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
  // v2: applicant fields sealed; personId and applicantKey indexed so "delete this citizen" reaches dossiers.
  db.version(2).stores({
    dossiers: 'code, dueAt, receivedAt, resolvedAt, officer, unit, procedureCode, openDue, personId, applicantKey',
  });
  // v3: figures, the due list and the open dossiers come from the facts index; the date, officer, unit,
  // procedure and openDue indexes only slowed every write (one more tree to update per row and index).
  // The facts index is built from the rows on first read.
  db.version(3).stores({
    dossiers: 'code, personId, applicantKey',
    facts: 'id, [id+rev]',
  });
  return db;
}

let shared: DeadlinesDb | undefined;
export function deadlinesDb(): DeadlinesDb {
  shared ??= openDeadlinesDb();
  return shared;
}

const pick = (d: Dossier): Partial<Dossier> => Object.fromEntries(PERSONAL_KEYS.filter((k) => d[k]).map((k) => [k, d[k]])) as Partial<Dossier>;

// Dates reaching here are mostly normalised already (parsed files, stored rows): recognising one costs less
// than parsing it again, and an import normalises 60,000 of them.
const norm = (v: string | undefined) => (!v ? undefined : v.length === 25 && toVnIso(fastTime(v)) === v ? v : (parseVnDateTime(v) ?? v));

/** The clear part of a row: normalised dates; personal fields left as given. */
export function toRow(d: Dossier): DossierRow {
  const row = { ...d, receivedAt: norm(d.receivedAt)! } as DossierRow;
  if (d.dueAt) row.dueAt = norm(d.dueAt);
  if (d.resolvedAt) row.resolvedAt = norm(d.resolvedAt);
  return row;
}

/** The clear part of a stored row as a dossier, without the applicant (no decryption). */
export function fromRow(r: DossierRow): Dossier {
  const { openDue: _open, sealed: _s, applicantKey: _k, ...d } = r;
  return d;
}

const hasPersonal = (d: Partial<Record<PersonalKey, unknown>>) => PERSONAL_KEYS.some((k) => d[k] !== undefined && d[k] !== '');

/** Encrypts the applicant fields of a row (outside any IndexedDB transaction: WebCrypto would end it). */
export async function sealRow(d: Dossier, c: RecordCodec): Promise<DossierRow> {
  const row = toRow(d);
  if (!hasPersonal(d)) return row;
  const personal: Partial<Record<PersonalKey, string>> = {};
  for (const k of PERSONAL_KEYS) {
    if (d[k]) personal[k] = String(d[k]);
    delete row[k];
  }
  row.sealed = await c.seal(JSON.stringify(personal));
  if (d.applicantIdNumber) row.applicantKey = await c.key(d.applicantIdNumber);
  return row;
}

/** The whole dossier; while locked, the applicant is left out (`applicantLocked` tells the UI why). */
export async function openRow(r: DossierRow, c: RecordCodec): Promise<Dossier & { applicantLocked?: boolean }> {
  const d = fromRow(r);
  if (!r.sealed) return d;
  try {
    return { ...d, ...(JSON.parse(await c.open(r.sealed)) as Partial<Record<PersonalKey, string>>) };
  } catch (err) {
    if (err instanceof LockedError) return { ...d, applicantLocked: true };
    throw err;
  }
}

const personalOf = (d: Partial<Record<PersonalKey, unknown>>) => PERSONAL_KEYS.map((k) => (d[k] ? String(d[k]) : ''));
const samePersonal = (a: Dossier, b: Dossier) => personalOf(a).join('\n') === personalOf(b).join('\n');

export class DossierRepo {
  constructor(
    readonly db: DeadlinesDb = deadlinesDb(),
    private readonly codec: () => RecordCodec = currentCodec,
  ) {}

  private open(rows: DossierRow[]) {
    const c = this.codec();
    return Promise.all(rows.map((r) => openRow(r, c)));
  }

  /**
   * Rows for dossiers. One whose applicant is unchanged from `prior` (as read and decrypted) keeps its
   * ciphertext and lookup key: re-importing an export must not cost two WebCrypto calls per row for nothing.
   */
  private seal(list: Dossier[], prior = new Map<string, { row: DossierRow; opened: Dossier }>()) {
    const c = this.codec();
    return Promise.all(
      list.map((d) => {
        const p = prior.get(d.code);
        if (!p?.row.sealed || !samePersonal(d, p.opened)) return sealRow(d, c);
        const row = toRow(d);
        for (const k of PERSONAL_KEYS) delete row[k];
        row.sealed = p.row.sealed;
        if (p.row.applicantKey) row.applicantKey = p.row.applicantKey;
        return row;
      }),
    );
  }

  /** A read-write transaction over the rows and the figures index. No WebCrypto inside: it would end it. */
  private write<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', this.db.dossiers, this.db.facts, fn);
  }

  /**
   * Every write of rows goes through here, inside write(): the chunks holding their facts change in the same
   * transaction, so the index can never disagree with the rows.
   */
  private async store(rows: DossierRow[], removed: string[] = []): Promise<void> {
    const { dossiers, facts } = this.db;
    const put = byBucket(rows.map(factOf), (f) => f.code);
    const gone = byBucket(removed, (code) => code);
    const ids = [...new Set([...put.keys(), ...gone.keys()])];
    const [chunks] = await Promise.all([facts.bulkGet(ids), rows.length && dossiers.bulkPut(rows), removed.length && dossiers.bulkDelete(removed)]);
    await facts.bulkPut(ids.map((id, i) => applyFacts(chunks[i], id, put.get(id) ?? [], gone.get(id))));
  }

  /** Chunks read before, by id: read again only once their revision changed (another context may write). */
  private cache = new Map<number, FactChunk>();

  /**
   * The figures index (facts.ts), read-only. Every entry store() writes has its row, so counts that agree
   * mean an index that agrees; otherwise (first use after the upgrade to version 3, rows deleted around
   * this repository) it is rebuilt from the rows.
   */
  async facts(): Promise<readonly FactChunk[]> {
    const { dossiers, facts } = this.db;
    const [rows, chunks] = await this.db.transaction('r', dossiers, facts, async () => {
      const [count, revs] = await Promise.all([dossiers.count(), this.revisions()]);
      const changed = [...revs].filter(([id, rev]) => this.cache.get(id)?.rev !== rev).map(([id]) => id);
      const read = new Map((await facts.bulkGet(changed)).map((c, i) => [changed[i]!, c]));
      return [count, [...revs.keys()].map((id) => read.get(id) ?? this.cache.get(id)).filter((c): c is FactChunk => Boolean(c))] as const;
    });
    if (factsAgree(chunks, rows)) {
      this.cache = new Map(chunks.map((c) => [c.id, c]));
      return chunks;
    }
    const fresh = await this.write(async () => {
      const built = packAll((await dossiers.toArray()).map(factOf));
      await facts.clear();
      await facts.bulkPut(built);
      return built;
    });
    this.cache = new Map(fresh.map((c) => [c.id, c]));
    return fresh;
  }

  async get(code: string): Promise<Dossier | undefined> {
    const r = await this.db.dossiers.get(code);
    return r && openRow(r, this.codec());
  }

  async count(): Promise<number> {
    return this.db.dossiers.count();
  }

  async all(): Promise<Dossier[]> {
    return this.open(await this.db.dossiers.toArray());
  }

  async put(d: Dossier): Promise<void> {
    const rows = await this.seal([{ ...d, updatedAt: Date.now() }]);
    await this.write(() => this.store(rows));
  }

  /** Raw bulk write (bench fill, restore); no merging. */
  async bulkPut(list: Dossier[]): Promise<void> {
    const rows = await this.seal(list);
    await this.write(() => this.store(rows));
  }

  /** The revision of every index chunk, read from the [id+rev] index: no chunk is read. */
  private async revisions(): Promise<Map<number, number>> {
    return new Map((await this.db.facts.orderBy('[id+rev]').keys()) as unknown as [number, number][]);
  }

  /**
   * Merges incoming dossiers (import, other officers' exports) by code. Decrypting and encrypting happen
   * outside the write transaction; inside it, the rows read are checked unchanged, so a concurrent edit is
   * never overwritten (the import is retried once, then refused with a message). Only rows whose index chunk
   * was written meanwhile are read again: usually none, instead of every row of the file.
   */
  async importMerge(incoming: Dossier[], attempt = 0): Promise<Omit<MergePlan, 'merged'>> {
    const codes = [...new Set(incoming.map((d) => d.code))];
    const { dossiers, facts } = this.db;
    const [all, revs] = await this.db.transaction('r', dossiers, facts, () => Promise.all([dossiers.bulkGet(codes), this.revisions()]));
    const found = all.filter((r): r is DossierRow => Boolean(r));
    const existing = new Map<string, Dossier>();
    const prior = new Map<string, { row: DossierRow; opened: Dossier }>();
    const opened = await this.open(found);
    opened.forEach((d, i) => {
      if ((d as { applicantLocked?: boolean }).applicantLocked) throw new LockedError();
      existing.set(d.code, d);
      prior.set(d.code, { row: found[i]!, opened: d });
    });
    const plan = planMerge(existing, incoming.map((d) => ({ ...fromRow(toRow(d)), ...pick(d) })));
    const rows = await this.seal(plan.merged, prior);
    const stale = await this.write(async () => {
      const now = await this.revisions();
      const moved = (code: string) => now.get(bucketOf(code)) !== revs.get(bucketOf(code));
      const again = await dossiers.bulkGet([...prior.keys()].filter(moved));
      if (again.some((r) => !r || r.updatedAt !== prior.get(r.code)!.row.updatedAt)) return true;
      if (rows.length) await this.store(rows);
      return false;
    });
    if (stale) {
      if (attempt > 0) throw new Error('Hồ sơ vừa được sửa ở nơi khác trong lúc nhập. Hãy nhập lại.');
      return this.importMerge(incoming, attempt + 1);
    }
    return { added: plan.added, updated: plan.updated, unchanged: plan.unchanged };
  }

  async resolve(code: string, at = Date.now()): Promise<void> {
    await this.write(async () => {
      const r = await this.db.dossiers.get(code);
      if (!r) throw new Error(`Không tìm thấy hồ sơ ${code}.`);
      // Only clear fields change: the sealed applicant is carried over as it is, so this works while locked.
      const { openDue: _o, ...rest } = r;
      await this.store([{ ...rest, resolvedAt: toVnIso(at), updatedAt: Date.now() }]);
    });
  }

  async reopen(code: string): Promise<void> {
    await this.write(async () => {
      const r = await this.db.dossiers.get(code);
      if (!r) return;
      const { resolvedAt: _r, openDue: _o, ...rest } = r;
      await this.store([{ ...rest, updatedAt: Date.now() }]);
    });
  }

  /** The dossiers of one citizen (by record id or ID number), for "export everything about this citizen". */
  async ofCitizen(personId: string, idNumber: string): Promise<Dossier[]> {
    const key = await this.codec().key(idNumber);
    const [a, b] = await Promise.all([this.db.dossiers.where('personId').equals(personId).toArray(), this.db.dossiers.where('applicantKey').equals(key).toArray()]);
    const rows = new Map([...a, ...b].map((r) => [r.code, r]));
    const legacy = await this.db.dossiers.filter((r) => r.applicantIdNumber === idNumber).toArray();
    for (const r of legacy) rows.set(r.code, r);
    return this.open([...rows.values()]);
  }

  /**
   * "Delete this citizen": their name, number and record link leave every dossier; the dossier itself stays,
   * anonymous, because the unit's figures (received, on time, late) must not change.
   */
  async forgetCitizen(personId: string, idNumber: string): Promise<number> {
    const mine = await this.ofCitizen(personId, idNumber);
    if (!mine.length) return 0;
    await this.write(async () => {
      const rows = (await this.db.dossiers.bulkGet(mine.map((d) => d.code))).filter((r): r is DossierRow => Boolean(r));
      await this.store(
        rows.map((r) => {
          const { sealed: _s, applicantKey: _k, applicantName: _n, applicantIdNumber: _i, personId: _p, ...rest } = r;
          return { ...rest, updatedAt: Date.now() };
        }),
      );
    });
    return mine.length;
  }

  /** Seals rows written in clear by database version 1; run once unlocked. Returns how many were sealed. */
  async sealLegacy(): Promise<number> {
    const legacy = await this.db.dossiers.filter((r) => Boolean(r.applicantName || r.applicantIdNumber)).toArray();
    if (!legacy.length) return 0;
    const rows = await this.seal(legacy.map(fromRow));
    await this.write(() => this.store(rows));
    return rows.length;
  }

  async remove(code: string): Promise<void> {
    await this.write(() => this.store([], [code]));
  }

  /** Dossiers that can count in a period [from, to] (Vietnam dates), without the applicant. */
  async forPeriod(from: string, to: string): Promise<Dossier[]> {
    const codes = codesInScope(await this.facts(), vnDayStart(from), vnDayStart(to) + 86_400_000);
    return (await this.db.dossiers.bulkGet(codes)).filter((r): r is DossierRow => Boolean(r)).map(fromRow);
  }

  /**
   * Open dossiers due before `until` (ms), overdue ones included, soonest first, from the figures index:
   * without the applicant, decrypted only for the rows on screen (applicantsOf).
   */
  async dueBefore(until: number, filter: { officer?: string; unit?: string } = {}): Promise<Dossier[]> {
    return dueFacts(await this.facts(), until, filter);
  }

  /** Applicant names of the dossiers shown (by code); none while locked. */
  async applicantsOf(codes: string[]): Promise<Map<string, string>> {
    const rows = (await this.db.dossiers.bulkGet(codes)).filter((r): r is DossierRow => Boolean(r));
    const out = new Map<string, string>();
    for (const d of await this.open(rows)) if (d.applicantName) out.set(d.code, String(d.applicantName));
    return out;
  }

  /** Open dossiers with their applicants (alerts, the officer's list), soonest due first, undated last. */
  async openDossiers(): Promise<Dossier[]> {
    return this.open((await this.db.dossiers.bulkGet(openCodes(await this.facts()))).filter((r): r is DossierRow => Boolean(r)));
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
