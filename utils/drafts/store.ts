import { sessionArea } from '../crypto/session';
import { codec, LockedError } from '../store/codec';
import { db } from '../store/db';
import { StoreError, storeErrorKind } from '../store/errors';
import { foldVi } from '../vi/fold';
import { draftKey, hasContent } from './model';
import { draftSnapshotSchema, type DraftSnapshot } from './schema';

/**
 * Drafts are sealed with the record codec. While the extension is locked they wait in session memory
 * (never on disk in plain text) and are written encrypted at the next unlock.
 */
type Pending = Record<string, { snapshot: DraftSnapshot; at: number }>;
const PENDING = 'pendingDrafts';

/** Session storage survives the service worker being stopped; it is memory only and gone with the browser. */
const pending = {
  async all(): Promise<Pending> {
    return ((await sessionArea().get(PENDING))[PENDING] as Pending | undefined) ?? {};
  },
  async get(key: string) {
    return (await this.all())[key];
  },
  async set(key: string, value: { snapshot: DraftSnapshot; at: number }) {
    await sessionArea().set({ [PENDING]: { ...(await this.all()), [key]: value } });
  },
  async delete(key: string) {
    const all = await this.all();
    if (!(key in all)) return;
    delete all[key];
    await sessionArea().set({ [PENDING]: all });
  },
};

export async function saveDraft(snapshot: DraftSnapshot, now = Date.now()): Promise<'saved' | 'pending' | 'empty'> {
  if (!hasContent(snapshot.fields)) return 'empty';
  const key = draftKey(snapshot.url, snapshot.signature);
  try {
    const body = await codec().seal(JSON.stringify(snapshot));
    // One row per form: each save replaces the previous version (versions collapse into the latest).
    const submittedAt = (await db().drafts.get(key))?.submittedAt;
    await db().drafts.put({ key, origin: new URL(snapshot.url).origin, updatedAt: now, body, ...(submittedAt ? { submittedAt } : {}) });
    await pending.delete(key);
    return 'saved';
  } catch (err) {
    // Storage full: say so (the portal page shows it) but keep the snapshot in session memory, so the
    // officer's typing survives until there is room. Locked or closed database: keep it and write it later.
    const kind = storeErrorKind(err);
    await pending.set(key, { snapshot, at: now });
    if (kind === 'quota' || kind === 'unknown') throw new StoreError(kind, 'lưu bản nháp');
    return 'pending';
  }
}

/** Writes drafts kept while locked; call after unlocking. */
export async function flushPending(): Promise<number> {
  let n = 0;
  for (const { snapshot, at } of Object.values(await pending.all())) if ((await saveDraft(snapshot, at)) === 'saved') n++;
  return n;
}

export async function findDraft(url: string, signatures: string[]): Promise<{ snapshot: DraftSnapshot; updatedAt: number } | undefined> {
  const keys = signatures.map((s) => draftKey(url, s));
  for (const key of keys) {
    const mem = await pending.get(key);
    if (mem) return { snapshot: mem.snapshot, updatedAt: mem.at };
  }
  const rows = (await db().drafts.bulkGet(keys)).filter((r) => r !== undefined && !r.submittedAt);
  const newest = rows.sort((a, b) => b!.updatedAt - a!.updatedAt)[0];
  if (!newest) return undefined;
  return { snapshot: draftSnapshotSchema.parse(JSON.parse(await codec().open(newest.body))), updatedAt: newest.updatedAt };
}

export async function markSubmitted(url: string, signature: string, now = Date.now()): Promise<void> {
  const key = draftKey(url, signature);
  await pending.delete(key);
  await db().drafts.update(key, { submittedAt: now });
}

/**
 * A submitted draft is deleted once the portal shows another page of the same origin (the submit went
 * through); if the portal hung instead, the officer comes back to the form and the draft is still there.
 */
export async function confirmSubmissions(url: string, signaturesOnPage: string[]): Promise<number> {
  const origin = new URL(url).origin;
  const onPage = new Set(signaturesOnPage.map((s) => draftKey(url, s)));
  const submitted = (await db().drafts.where('origin').equals(origin).toArray()).filter((r) => r.submittedAt && !onPage.has(r.key));
  await db().drafts.bulkDelete(submitted.map((r) => r.key));
  // Back on the same form after a failed submit: offer the draft again.
  for (const key of onPage) await db().drafts.update(key, { submittedAt: undefined });
  return submitted.length;
}

export async function discardDraft(url: string, signature: string): Promise<void> {
  const key = draftKey(url, signature);
  await pending.delete(key);
  await db().drafts.delete(key);
}

export async function expireDrafts(days: number, now = Date.now()): Promise<number> {
  return db().drafts.where('updatedAt').below(now - days * 86_400_000).delete();
}

/** Whether a snapshot holds this citizen's number or full name (as typed or filled on the portal form). */
export function draftMentions(snapshot: DraftSnapshot, person: { idNumber: string; fullName: string }): boolean {
  const name = foldVi(person.fullName).replace(/\s+/g, ' ').trim();
  return snapshot.fields.some((f) => {
    const digits = f.value.replace(/[\s.-]/g, '');
    return digits.includes(person.idNumber) || (name.length > 0 && foldVi(f.value).replace(/\s+/g, ' ').includes(name));
  });
}

/** A stored draft, or undefined when it cannot be read (damaged); being locked is an error the caller sees. */
async function readRow(body: string): Promise<DraftSnapshot | undefined> {
  const plain = await codec().open(body).catch((err: unknown) => {
    if (err instanceof LockedError) throw err;
    return undefined;
  });
  if (plain === undefined) return undefined;
  try {
    const parsed = draftSnapshotSchema.safeParse(JSON.parse(plain));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** "Delete this citizen": drafts of portal forms that hold their number or name go too (stored and pending). */
export async function eraseDraftsOf(person: { idNumber: string; fullName: string }): Promise<number> {
  const doomed: string[] = [];
  for (const row of await db().drafts.toArray()) {
    const snapshot = await readRow(row.body);
    if (snapshot && draftMentions(snapshot, person)) doomed.push(row.key);
  }
  await db().drafts.bulkDelete(doomed);
  let n = doomed.length;
  for (const [key, { snapshot }] of Object.entries(await pending.all())) {
    if (draftMentions(snapshot, person)) {
      await pending.delete(key);
      n++;
    }
  }
  return n;
}

/** "Export everything about this citizen": the drafts that mention them. */
export async function draftsOf(person: { idNumber: string; fullName: string }): Promise<DraftSnapshot[]> {
  const out: DraftSnapshot[] = [];
  for (const row of await db().drafts.toArray()) {
    const snapshot = await readRow(row.body);
    if (snapshot && draftMentions(snapshot, person)) out.push(snapshot);
  }
  for (const { snapshot } of Object.values(await pending.all())) if (draftMentions(snapshot, person)) out.push(snapshot);
  return out;
}
