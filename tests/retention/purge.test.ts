import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { planPurge } from '../../utils/retention/policy';
import { expiringSoon, purgeExpired } from '../../utils/retention/purge';
import { plainCodec, setCodec } from '../../utils/store/codec';
import { db } from '../../utils/store/db';
import { saveSettings } from '../../utils/store/settings';
import { countPersons, upsertPersons } from '../../utils/store/persons';

const DAY = 86_400_000;
const now = Date.UTC(2026, 10, 22);

describe('purge only after a warning', () => {
  it('a record past its period that was never announced is warned first, purged a week later', () => {
    const people = [{ id: 'old', updatedAt: now - 200 * DAY }];
    const first = planPurge(people, {}, 90, now);
    expect(first.purge).toEqual([]);
    expect(first.expiring).toEqual([{ id: 'old', daysLeft: 7 }]);
    const later = planPurge(people, first.warned, 90, now + 7 * DAY);
    expect(later.purge).toEqual(['old']);
  });

  it('a record warned in its last week goes when the period ends; one used again is forgotten', () => {
    const soon = { id: 'soon', updatedAt: now - 85 * DAY };
    const a = planPurge([soon], {}, 90, now);
    expect(a.expiring).toEqual([{ id: 'soon', daysLeft: 5 }]);
    expect(planPurge([soon], a.warned, 90, now + 4 * DAY).purge).toEqual([]);
    expect(planPurge([soon], a.warned, 90, now + 7 * DAY).purge).toEqual(['soon']);
    const used = planPurge([{ ...soon, lastUsedAt: now + DAY }], a.warned, 90, now + 2 * DAY);
    expect(used).toEqual({ purge: [], warned: {}, expiring: [] });
  });
});

describe('retention in the store', () => {
  beforeEach(async () => {
    setCodec(plainCodec);
    await db().persons.clear();
    await db().meta.clear();
  });

  it('shortening the period lists records instead of deleting them at once', async () => {
    await upsertPersons([{ idNumber: '001089012345', fullName: 'Nguyễn Văn An' }]);
    await saveSettings({ retentionDays: 1 });
    const t = Date.now() + 3 * DAY;
    expect(await purgeExpired(t)).toBe(0);
    expect(await countPersons()).toBe(1);
    expect((await expiringSoon(t)).length).toBe(1);
    expect(await purgeExpired(t + 7 * DAY)).toBe(1);
    expect(await countPersons()).toBe(0);
  });
});
