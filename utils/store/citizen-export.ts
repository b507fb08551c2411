import { draftsOf } from '../drafts/store';
import type { Person } from '../schema';
import { logAudit } from './audit';
import { db } from './db';
import { getPerson } from './persons';

/**
 * "Export everything held about one citizen" (the citizen's right of access): the record, the portal-form
 * drafts holding their number or name, what other stores add (dossiers…) and the audit entries that name
 * the record id.
 */
type Exporter = (person: Person) => Promise<Record<string, unknown>>;
const exporters: Exporter[] = [];
export function registerCitizenExporter(fn: Exporter): void {
  exporters.push(fn);
}

export const CITIZEN_EXPORT_FORMAT = 'tro-ly-mot-cua/citizen';

export async function exportCitizen(id: string, now = new Date()): Promise<string | undefined> {
  const person = await getPerson(id);
  if (!person) return undefined;
  const drafts = await draftsOf(person);
  const audit = (await db().audit.toArray())
    .filter((r) => r.recordIds.includes(id))
    .map((r) => ({ at: new Date(r.at).toISOString(), action: r.action, origin: r.origin }));
  let extra: Record<string, unknown> = {};
  for (const more of exporters) extra = { ...extra, ...(await more(person)) };
  await logAudit({ action: 'export', recordIds: [id], count: 1 });
  return JSON.stringify({ format: CITIZEN_EXPORT_FORMAT, version: 1, exportedAt: now.toISOString(), person, drafts, ...extra, audit }, null, 2);
}
