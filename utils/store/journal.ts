import type { Table } from 'dexie';
import { db } from './db';
import { guardWrite } from './errors';

/**
 * Long writes (a persons import, a backup restore) leave a note in `meta` before they start and mark it
 * done in the same transaction as their data. If the page, the service worker or the browser dies in
 * between, the note stays "running" and the options page says so at the next open: the data transaction
 * never committed, so nothing of that run was written and the officer knows to run it again.
 */
export type JournalKind = 'import' | 'restore';
export interface JournalEntry {
  kind: JournalKind;
  count: number;
  startedAt: number;
  state: 'running' | 'done';
  finishedAt?: number;
}

const KEY = 'writeJournal';

export async function beginJournal(kind: JournalKind, count: number, now = Date.now()): Promise<JournalEntry> {
  const entry: JournalEntry = { kind, count, startedAt: now, state: 'running' };
  await guardWrite(kind === 'import' ? 'nhập dữ liệu' : 'khôi phục', () => db().meta.put({ key: KEY, value: entry }));
  return entry;
}

/**
 * Runs `write` in one rw transaction over `tables` plus meta and marks the entry done inside it. On a
 * reported failure the note is removed: the officer has seen the error and nothing was written.
 */
export async function commitJournaled<T>(entry: JournalEntry, tables: Table[], write: () => Promise<T>): Promise<T> {
  try {
    return await db().transaction('rw', [...tables, db().meta], async () => {
      const out = await write();
      await db().meta.put({ key: KEY, value: { ...entry, state: 'done', finishedAt: Date.now() } satisfies JournalEntry });
      return out;
    });
  } catch (err) {
    await db().meta.delete(KEY).catch(() => undefined);
    throw err;
  }
}

/** A write that started and never finished (the page or browser was closed mid-way). */
export async function interruptedWrite(): Promise<JournalEntry | undefined> {
  const v = (await db().meta.get(KEY))?.value as JournalEntry | undefined;
  return v?.state === 'running' ? v : undefined;
}

export async function dismissJournal(): Promise<void> {
  await db().meta.delete(KEY);
}

/** Vietnamese notice for an interrupted write. */
export function interruptedMessage(e: JournalEntry): string {
  const when = new Date(e.startedAt).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit', year: 'numeric' });
  const what = e.kind === 'import' ? `Lần nhập ${e.count} công dân` : `Lần khôi phục bản sao lưu (${e.count} công dân)`;
  return `${what} lúc ${when} đã bị gián đoạn (trang bị đóng hoặc trình duyệt tắt) trước khi ghi xong. Không có dữ liệu nào của lần đó được ghi: hãy làm lại.`;
}
