import { db, type AuditRow } from './db';
import { guardWrite } from './errors';

/** Audit trail: what happened, when, where, to which record ids — never personal values. */
export async function logAudit(entry: Omit<AuditRow, 'id' | 'at'>): Promise<void> {
  await guardWrite('ghi nhật ký thao tác', () => db().audit.add({ ...entry, at: Date.now() }));
}

export async function listAudit(limit = 500): Promise<AuditRow[]> {
  return db().audit.orderBy('at').reverse().limit(limit).toArray();
}
