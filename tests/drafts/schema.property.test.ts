import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, register } from '../../entrypoints/background/router';
import { makeCryptoCodec } from '../../utils/crypto/codec';
import { useSessionArea } from '../../utils/crypto/session';
import { draftSnapshotSchema } from '../../utils/drafts/schema';
import { findDraft, saveDraft } from '../../utils/drafts/store';
import { setCodec } from '../../utils/store/codec';
import { db } from '../../utils/store/db';
import { VIETNAMESE } from '../import/mutate';

function memory() {
  const m = new Map<string, unknown>();
  return {
    get: async (k: string) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, v)),
    remove: async (k: string | string[]) => void (Array.isArray(k) ? k : [k]).forEach((x) => m.delete(x)),
  };
}

const field = fc.record({ key: fc.string({ maxLength: 30 }), value: fc.string({ maxLength: 60 }), checked: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['key', 'value'] });
const snapshot = fc.record({
  url: fc.constantFrom('https://dichvucong.gov.vn/nop', 'https://motcua.hanoi.gov.vn/ho-so?id=3', 'http://dichvucong.danang.gov.vn:8080/a/b'),
  signature: fc.string({ minLength: 1, maxLength: 12 }),
  fields: fc.uniqueArray(field, { minLength: 1, maxLength: 12, selector: (f) => f.key }),
});
/** What a compromised or buggy page could post instead of a snapshot. */
const hostile = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constant('drafts:save'), snapshot: fc.anything() }),
  fc.record({ type: fc.constant('drafts:save'), snapshot: fc.record({ url: fc.string(), signature: fc.string(), fields: fc.array(fc.anything(), { maxLength: 3 }) }) }),
  fc.record({ type: fc.constantFrom('drafts:save', 'drafts:submitted'), snapshot: snapshot.map((s) => ({ ...s, signature: 'x'.repeat(101) })) }),
  fc.record({ type: fc.constant('drafts:save'), snapshot: snapshot.map((s) => ({ ...s, fields: [{ key: 'k', value: 'v'.repeat(20_001) }] })) }),
  fc.record({ type: fc.constant('drafts:save'), snapshot: snapshot.map((s) => ({ ...s, fields: Array.from({ length: 501 }, (_, i) => ({ key: `k${i}`, value: 'a' })) })) }),
);

beforeAll(() => {
  register({ 'drafts:save': async (r) => saveDraft(r.snapshot) });
});
beforeEach(async () => {
  setCodec(await makeCryptoCodec(crypto.getRandomValues(new Uint8Array(64))));
  useSessionArea(memory());
  await db().drafts.clear();
});

describe('draft messages from portal pages', () => {
  it('anything that is not a well-formed, size-limited snapshot is refused in Vietnamese and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (message) => {
        const before = await db().drafts.count();
        const r = await dispatch(message, {});
        if (r.ok) {
          // Only a message the schema accepts gets through, and then it is stored as validated.
          expect(draftSnapshotSchema.safeParse((message as { snapshot: unknown }).snapshot).success).toBe(true);
        } else {
          expect(r.error).toMatch(VIETNAMESE);
          expect(await db().drafts.count()).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
    for (const row of await db().drafts.toArray()) expect(row.body.startsWith('v1:')).toBe(true);
  });

  it('any valid snapshot with something typed comes back exactly, sealed at rest', async () => {
    await fc.assert(
      fc.asyncProperty(snapshot, async (snap) => {
        await db().drafts.clear();
        const r = await dispatch({ type: 'drafts:save', snapshot: snap }, {});
        expect(r.ok).toBe(true);
        const typed = snap.fields.some((f) => f.checked || f.value.trim() !== '');
        const found = await findDraft(snap.url, [snap.signature]);
        if (!typed) {
          expect(found).toBeUndefined();
          return;
        }
        expect(found?.snapshot).toEqual(draftSnapshotSchema.parse(snap));
        for (const f of snap.fields) if (f.value.length > 3) expect(JSON.stringify(await db().drafts.toArray())).not.toContain(JSON.stringify(f.value));
      }),
      { numRuns: 80 },
    );
  });
});

describe('drafts stay with their portal', () => {
  it('a page may use only drafts of its own origin; extension pages may use any', async () => {
    const { senderMayUse } = await import('../../utils/drafts/sender');
    const tab = { id: 1 };
    expect(senderMayUse('https://dichvucong.gov.vn/nop', { tab, url: 'https://dichvucong.gov.vn/khac?x=1' })).toBe(true);
    expect(senderMayUse('https://motcua.hanoi.gov.vn/nop', { tab, url: 'https://dichvucong.gov.vn/nop' })).toBe(false);
    expect(senderMayUse('https://dichvucong.gov.vn/nop', { tab })).toBe(false);
    expect(senderMayUse('không phải url', { tab, url: 'https://dichvucong.gov.vn/' })).toBe(false);
    expect(senderMayUse('https://motcua.hanoi.gov.vn/nop', {})).toBe(true);
  });
});
