import type { Dossier, DossierStatus } from '../schema';

/**
 * Status as units report it: resolved before the due day = early, on the due day = on time, after = late;
 * open and past due = overdue. Compared by instant; "early" needs a whole day's margin in Vietnam time.
 */
export function dossierStatus(d: Pick<Dossier, 'dueAt' | 'resolvedAt'>, now: number = Date.now()): DossierStatus {
  const due = d.dueAt ? Date.parse(d.dueAt) : undefined;
  if (!d.resolvedAt) return due !== undefined && now > due ? 'overdue' : 'open';
  const done = Date.parse(d.resolvedAt);
  if (due === undefined) return 'onTime';
  if (done > due) return 'late';
  const day = (ms: number) => Math.floor((ms + 7 * 3600_000) / 86_400_000);
  return day(done) < day(due) ? 'early' : 'onTime';
}
