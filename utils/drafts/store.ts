import { sessionArea } from '../crypto/session';
import { codec } from '../store/codec';
import { db } from '../store/db';
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
    if ((err as Error).name === 'QuotaExceededError') throw new Error('Bộ nhớ trình duyệt đã đầy: không lưu được bản nháp. Hãy xoá bớt dữ liệu cũ.');
    await pending.set(key, { snapshot, at: now });
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
