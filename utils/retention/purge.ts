import { logAudit } from '../store/audit';
import { codec } from '../store/codec';
import { db } from '../store/db';
import { eraseCitizen } from '../store/erase';
import { getMeta, setMeta } from '../store/meta';
import { getSettings } from '../store/settings';
import { planPurge, type WarnedMap } from './policy';

const WARNED = 'retentionWarned';
export const RETENTION_WARN_DAYS = 7;

/**
 * Deletes records past their retention period that were announced at least a week before (rows carry
 * updatedAt/lastUsedAt unencrypted for this). When unlocked, deletion goes through eraseCitizen so drafts
 * and dossier links go too; when locked, only the record can be removed.
 */
export async function purgeExpired(now = Date.now()): Promise<number> {
  const { retentionDays } = await getSettings();
  const rows = await db().persons.toArray();
  const plan = planPurge(rows, (await getMeta<WarnedMap>(WARNED)) ?? {}, retentionDays, now, RETENTION_WARN_DAYS);
  await setMeta(WARNED, plan.warned);
  if (!plan.purge.length) return 0;
  const unlocked = await codec()
    .key('probe')
    .then(() => true, () => false);
  // Whatever fails in the wider clean-up, the record itself still goes: retention is a legal duty.
  if (unlocked) for (const id of plan.purge) await eraseCitizen(id).catch(() => undefined);
  await db().persons.bulkDelete(plan.purge);
  await logAudit({ action: 'delete', recordIds: plan.purge.slice(0, 20), count: plan.purge.length, origin: 'retention' });
  return plan.purge.length;
}

/** Records that will be deleted soon, with the days left; what the officer sees before any purge. */
export async function expiringSoon(now = Date.now()): Promise<{ id: string; daysLeft: number }[]> {
  const { retentionDays } = await getSettings();
  return planPurge(await db().persons.toArray(), (await getMeta<WarnedMap>(WARNED)) ?? {}, retentionDays, now, RETENTION_WARN_DAYS).expiring;
}
