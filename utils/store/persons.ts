import { personFieldsSchema, personSchema, type Person, type PersonFields } from '../schema';
import { foldVi } from '../vi/fold';
import { codec } from './codec';
import { db, type PersonRow } from './db';
import { guardWrite } from './errors';
import { beginJournal, commitJournaled, dismissJournal, type JournalKind } from './journal';
import { nameSearchTokens, parseQuery } from './search-keys';

/** The person repository: the only code that reads or writes citizen records. */

async function toRow(p: Person): Promise<PersonRow> {
  const c = codec();
  const tokens = nameSearchTokens(p.fullName);
  return {
    id: p.id,
    idKey: await c.key(p.idNumber),
    nameKeys: await Promise.all(tokens.map((t) => c.key(t))),
    updatedAt: p.updatedAt,
    lastUsedAt: p.lastUsedAt,
    body: await c.seal(JSON.stringify(p)),
  };
}

async function fromRow(row: PersonRow): Promise<Person> {
  return personSchema.parse(JSON.parse(await codec().open(row.body)));
}

function newId(): string {
  return crypto.randomUUID();
}

export async function getPerson(id: string): Promise<Person | undefined> {
  const row = await db().persons.get(id);
  return row ? fromRow(row) : undefined;
}

export async function findByIdNumber(idNumber: string): Promise<Person | undefined> {
  const row = await db().persons.where('idKey').equals(await codec().key(idNumber)).first();
  return row ? fromRow(row) : undefined;
}

export async function listPersons(): Promise<Person[]> {
  const rows = await db().persons.orderBy('updatedAt').reverse().toArray();
  return Promise.all(rows.map(fromRow));
}

export async function countPersons(): Promise<number> {
  return db().persons.count();
}

/** Search by (partial) 12-digit number or by name words typed with or without diacritics. */
export async function searchPersons(query: string, limit = 10): Promise<Person[]> {
  const q = parseQuery(query);
  if (q.kind === 'empty') return (await listPersons()).slice(0, limit);
  if (q.kind === 'id') {
    if (q.digits.length === 12) {
      const p = await findByIdNumber(q.digits);
      return p ? [p] : [];
    }
    // Partial numbers need the plain number: decode and filter (records per desk are few thousand at most).
    return (await listPersons()).filter((p) => p.idNumber.includes(q.digits)).slice(0, limit);
  }
  const keys = await Promise.all(q.tokens.map((t) => codec().key(t)));
  const [first, ...rest] = keys;
  const rows = await db()
    .persons.where('nameKeys')
    .equals(first!)
    .filter((r) => rest.every((k) => r.nameKeys.includes(k)))
    .limit(limit * 4)
    .toArray();
  const people = await Promise.all(rows.map(fromRow));
  const folded = q.tokens.join(' ');
  // Exact-phrase matches first, then the rest in name order.
  return people
    .sort((a, b) => Number(!foldVi(a.fullName).includes(folded)) - Number(!foldVi(b.fullName).includes(folded)) || a.fullName.localeCompare(b.fullName, 'vi'))
    .slice(0, limit);
}

export interface PreparedPersons {
  rows: PersonRow[];
  /** updatedAt of the stored rows the merge was based on, to detect a concurrent edit. */
  basis: Map<string, number>;
  created: number;
  updated: number;
  ids: string[];
}

/**
 * Validates, merges by ID number and encrypts, outside any transaction (IndexedDB transactions cannot
 * wait for WebCrypto). Merging keeps existing values the incoming record does not have.
 */
export async function preparePersons(inputs: PersonFields[]): Promise<PreparedPersons> {
  const now = Date.now();
  const fieldsList = inputs.map((input) => personFieldsSchema.parse(input));
  const c = codec();
  const idKeys = await Promise.all(fieldsList.map((f) => c.key(f.idNumber)));
  const existingRows = await db().persons.where('idKey').anyOf(idKeys).toArray();
  const byKey = new Map<string, Person>();
  for (const row of existingRows) byKey.set(row.idKey, await fromRow(row));
  const out: PreparedPersons = { rows: [], basis: new Map(existingRows.map((r) => [r.id, r.updatedAt])), created: 0, updated: 0, ids: [] };
  const rowById = new Map<string, PersonRow>();
  for (const [i, fields] of fieldsList.entries()) {
    const key = idKeys[i]!;
    const existing = byKey.get(key);
    const person: Person = existing
      ? personSchema.parse({ ...existing, ...stripUndefined(fields), updatedAt: now })
      : personSchema.parse({ ...fields, id: newId(), createdAt: now, updatedAt: now });
    if (existing) out.updated++;
    else out.created++;
    byKey.set(key, person); // a repeated number in one batch merges into the same record
    out.ids.push(person.id);
    rowById.set(person.id, await toRow(person));
  }
  out.rows = [...rowById.values()];
  return out;
}

/** Writes prepared rows; call inside a rw transaction that includes db().persons. */
export async function commitPersons(prepared: PreparedPersons): Promise<void> {
  const current = await db().persons.bulkGet([...prepared.basis.keys()]);
  if (current.some((r) => !r || r.updatedAt !== prepared.basis.get(r.id))) {
    throw new Error('Hồ sơ vừa được sửa ở nơi khác. Hãy thử lại.');
  }
  await db().persons.bulkPut(prepared.rows);
}

/**
 * Inserts or merges records by ID number: either every given record is written or none is. With
 * `journal`, an interruption (page closed, browser killed) is reported at the next open (see journal.ts).
 */
export async function upsertPersons(
  inputs: PersonFields[],
  opts: { journal?: JournalKind } = {},
): Promise<{ created: number; updated: number; ids: string[] }> {
  return guardWrite('lưu dữ liệu công dân', async () => {
    if (!opts.journal) {
      const prepared = await preparePersons(inputs);
      await db().transaction('rw', db().persons, () => commitPersons(prepared));
      return { created: prepared.created, updated: prepared.updated, ids: prepared.ids };
    }
    const entry = await beginJournal(opts.journal, inputs.length);
    // A failure the officer is told about (invalid row, locked) must not leave an "interrupted" note.
    const prepared = await preparePersons(inputs).catch(async (err: unknown) => {
      await dismissJournal().catch(() => undefined);
      throw err;
    });
    await commitJournaled(entry, [db().persons], () => commitPersons(prepared));
    return { created: prepared.created, updated: prepared.updated, ids: prepared.ids };
  });
}

/** Replaces one record's fields (an officer's edit). */
export async function updatePerson(id: string, fields: PersonFields): Promise<Person> {
  const existing = await getPerson(id);
  if (!existing) throw new Error('Không tìm thấy công dân này.');
  const parsed = personFieldsSchema.parse(fields);
  const other = await findByIdNumber(parsed.idNumber);
  if (other && other.id !== id) throw new Error('Số định danh này đã thuộc về một công dân khác.');
  const person = personSchema.parse({ ...parsed, id, createdAt: existing.createdAt, updatedAt: Date.now(), lastUsedAt: existing.lastUsedAt });
  const row = await toRow(person);
  await guardWrite('lưu công dân', () => db().persons.put(row));
  return person;
}

export async function touchPerson(id: string): Promise<void> {
  const p = await getPerson(id);
  if (!p) return;
  const row = await toRow({ ...p, lastUsedAt: Date.now() });
  await guardWrite('ghi lần dùng hồ sơ', () => db().persons.put(row));
}

export async function deletePerson(id: string): Promise<void> {
  await guardWrite('xoá công dân', () => db().persons.delete(id));
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
