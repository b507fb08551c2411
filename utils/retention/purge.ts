import { logAudit } from '../store/audit';
import { db } from '../store/db';
import { getSettings } from '../store/settings';
import { classifyRetention } from './policy';

/** Deletes every record past its retention period (rows carry updatedAt/lastUsedAt unencrypted for this). */
export async function purgeExpired(now = Date.now()): Promise<number> {
  const { retentionDays } = await getSettings();
  const rows = await db().persons.toArray();
  const { expired } = classifyRetention(rows, retentionDays, now);
  if (expired.length) {
    await db().persons.bulkDelete(expired);
    await logAudit({ action: 'delete', recordIds: expired.slice(0, 20), count: expired.length, origin: 'retention' });
  }
  return expired.length;
}

export async function expiringSoon(now = Date.now()): Promise<{ id: string; daysLeft: number }[]> {
  const { retentionDays } = await getSettings();
  return classifyRetention(await db().persons.toArray(), retentionDays, now).expiring;
}
