/** Retention: a record unused for `retentionDays` is deleted; for the last `warnDays` it is listed as about to go. */
export interface RetentionInput {
  id: string;
  updatedAt: number;
  lastUsedAt?: number;
}

const DAY = 86_400_000;

export function lastActivity(p: RetentionInput): number {
  return Math.max(p.updatedAt, p.lastUsedAt ?? 0);
}

export function classifyRetention(people: RetentionInput[], retentionDays: number, now: number, warnDays = 7) {
  const expired: string[] = [];
  const expiring: { id: string; daysLeft: number }[] = [];
  for (const p of people) {
    const age = now - lastActivity(p);
    const left = retentionDays * DAY - age;
    if (left <= 0) expired.push(p.id);
    else if (left <= warnDays * DAY) expiring.push({ id: p.id, daysLeft: Math.ceil(left / DAY) });
  }
  return { expired, expiring };
}

/** When each record was first shown as "about to be deleted" (record id → time). */
export type WarnedMap = Record<string, number>;

/**
 * Nothing is deleted without a warning first: a record is purged only when it is past its period AND was
 * listed as about to go at least `warnDays` earlier. Shortening the period therefore warns first instead
 * of deleting at once; a record used again drops out of the warned list.
 */
export function planPurge(people: RetentionInput[], warned: WarnedMap, retentionDays: number, now: number, warnDays = 7) {
  const { expired, expiring } = classifyRetention(people, retentionDays, now, warnDays);
  const next: WarnedMap = {};
  const purge: string[] = [];
  const waiting: { id: string; daysLeft: number }[] = [...expiring];
  for (const { id } of expiring) next[id] = warned[id] ?? now;
  for (const id of expired) {
    const since = warned[id];
    if (since !== undefined && now - since >= warnDays * DAY) purge.push(id);
    else {
      next[id] = since ?? now;
      waiting.push({ id, daysLeft: Math.max(1, Math.ceil((next[id]! + warnDays * DAY - now) / DAY)) });
    }
  }
  return { purge, warned: next, expiring: waiting };
}
