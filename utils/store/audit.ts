import { db, type AuditRow } from './db';
import { guardWrite } from './errors';

/** Audit trail: what happened, when, where, to which record ids — never personal values. */
export async function logAudit(entry: Omit<AuditRow, 'id' | 'at'>): Promise<void> {
  await guardWrite('ghi nhật ký thao tác', () => db().audit.add({ ...entry, at: Date.now() }));
}

export async function listAudit(limit = 500): Promise<AuditRow[]> {
  return db().audit.orderBy('at').reverse().limit(limit).toArray();
}

/** Every entry, oldest first: what a supervisor exports. */
export async function allAudit(): Promise<AuditRow[]> {
  return db().audit.orderBy('at').toArray();
}

const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The supervisor's CSV (UTF-8 with BOM for Excel): when, what, where, record ids — never names or numbers. */
export function auditCsv(rows: AuditRow[]): string {
  const lines = [
    'at,action,origin,recordIds,count',
    ...rows.map((r) => [new Date(r.at).toISOString(), r.action, r.origin ?? '', r.recordIds.join(' '), String(r.count ?? r.recordIds.length)].map(csvCell).join(',')),
  ];
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
