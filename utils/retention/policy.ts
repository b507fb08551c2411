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
