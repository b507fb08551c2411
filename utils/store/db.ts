import Dexie, { type EntityTable } from 'dexie';
import type { Dossier, Procedure, SiteProfile } from '../schema';
import { setBlocked } from './errors';

/**
 * The one IndexedDB database, opened only in extension contexts (background, extension pages,
 * offscreen document) so that it belongs to the extension origin, never to a portal's.
 * Callers use the repositories next to this file, never the tables, so the storage format
 * (e.g. encryption at rest) can change without touching them.
 */
export interface PersonRow {
  id: string;
  /** Lookup keys for the 12-digit number and folded name tokens. */
  idKey: string;
  nameKeys: string[];
  updatedAt: number;
  lastUsedAt?: number;
  /** The record itself (a serialised Person). */
  body: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export interface AuditRow {
  id?: number;
  at: number;
  action: string;
  origin?: string;
  recordIds: string[];
  count?: number;
}

export interface DraftRow {
  key: string;
  origin: string;
  updatedAt: number;
  submittedAt?: number;
  /** The snapshot (url, signature, fields), sealed by the record codec. */
  body: string;
}

export type TrolyDb = Dexie & {
  drafts: EntityTable<DraftRow, 'key'>;
  persons: EntityTable<PersonRow, 'id'>;
  siteProfiles: EntityTable<SiteProfile, 'id'>;
  dossiers: EntityTable<Dossier, 'code'>;
  procedures: EntityTable<Procedure, 'code'>;
  meta: EntityTable<MetaRow, 'key'>;
  audit: EntityTable<AuditRow, 'id'>;
};

export const DB_NAME = 'tro-ly-mot-cua';

export function openDb(name = DB_NAME): TrolyDb {
  // 'strict': a committed write is on disk, so a power cut or a killed browser right after "Đã nhập"
  // cannot take it back (Chromium's default lets the OS buffer it).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as TrolyDb;
  // Version history: add a new version() with an upgrade() for each schema change; never edit old ones.
  db.version(1).stores({
    persons: 'id, &idKey, *nameKeys, updatedAt, lastUsedAt',
    siteProfiles: 'id, origin',
    dossiers: 'code, dueAt, receivedAt, resolvedAt, officer, unit, procedureCode',
    procedures: 'code',
    meta: 'key',
    audit: '++id, at, action',
  });
  // v2: drafts of portal forms, so a hung portal never costs the officer the dossier they typed.
  db.version(2).stores({
    drafts: 'key, origin, updatedAt',
  });
  watchConnection(db);
  return db;
}

/**
 * Another tab (an options page or side panel of the previous version) must not hold up an upgrade: Dexie
 * closes this connection on `versionchange` and reopens on the next query. While our own upgrade waits
 * for such a tab, `blocked` fires: the flag lets the pages say which tab to close instead of hanging.
 */
function watchConnection(db: Dexie): void {
  db.on('blocked', () => setBlocked(true));
  db.on('ready', () => setBlocked(false), true);
}

let shared: TrolyDb | undefined;
export function db(): TrolyDb {
  shared ??= openDb();
  return shared;
}
