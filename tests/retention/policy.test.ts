import { describe, expect, it } from 'vitest';
import { classifyRetention } from '../../utils/retention/policy';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 22);

describe('retention policy', () => {
  it('deletes records unused past the period, warns in the last week, keeps recently used ones', () => {
    const r = classifyRetention(
      [
        { id: 'old', updatedAt: now - 91 * DAY },
        { id: 'used-recently', updatedAt: now - 200 * DAY, lastUsedAt: now - 2 * DAY },
        { id: 'soon', updatedAt: now - 86 * DAY },
        { id: 'fresh', updatedAt: now - 10 * DAY },
      ],
      90,
      now,
    );
    expect(r.expired).toEqual(['old']);
    expect(r.expiring).toEqual([{ id: 'soon', daysLeft: 4 }]);
  });
});
