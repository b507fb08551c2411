import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFacts, BUCKETS, bucketOf, codesInScope, dueFacts, factOf, packAll, packFacts, unpackFacts } from '../../utils/dossier/facts';
import type { Dossier } from '../../utils/schema';

const D = (code: string, extra: Partial<Dossier> = {}): Dossier => ({ code, receivedAt: '2026-03-02T09:00:00+07:00', ...extra });

describe('figures index chunks', () => {
  it('give back every fact they were packed with, absent text apart from empty text', () => {
    const text = fc.option(fc.string({ maxLength: 4 }), { nil: undefined });
    const fact = fc
      .record({
        code: fc.string({ minLength: 1, maxLength: 6 }),
        receivedAt: fc.integer({ min: 0, max: 2e12 }),
        dueAt: fc.option(fc.integer({ min: 0, max: 2e12 }), { nil: NaN }),
        resolvedAt: fc.option(fc.integer({ min: 0, max: 2e12 }), { nil: NaN }),
        open: fc.boolean(),
        officer: text,
        unit: text,
        procedureCode: text,
        procedureName: text,
        channel: fc.constantFrom(undefined, 'online', 'inPerson', 'post' as const),
        withdrawn: fc.boolean(),
        returned: fc.boolean(),
      })
      .map((f) => ({ ...f, channel: f.channel as Dossier['channel'] }));
    fc.assert(
      fc.property(fc.uniqueArray(fact, { selector: (f) => f.code, maxLength: 30 }), (facts) => {
        expect(unpackFacts(packFacts(3, facts))).toEqual(facts);
      }),
    );
  });

  it('replace a changed dossier in place, add new ones and drop removed ones', () => {
    const c = packFacts(0, [factOf(D('A')), factOf(D('B')), factOf(D('C'))]);
    const next = applyFacts(c, 0, [factOf(D('B', { officer: 'Hoa' })), factOf(D('E'))], ['C']);
    expect(unpackFacts(next).map((f) => [f.code, f.officer])).toEqual([['A', undefined], ['B', 'Hoa'], ['E', undefined]]);
    expect(applyFacts(undefined, 5, [factOf(D('X'))]).id).toBe(5);
  });

  it('place each code in one fixed bucket and a rebuild in all of them', () => {
    expect(bucketOf('HS-001')).toBe(bucketOf('HS-001'));
    const all = packAll(['A', 'B', 'C', 'HS-001'].map((code) => factOf(D(code))));
    expect(all.map((c) => c.id)).toEqual(Array.from({ length: BUCKETS }, (_, i) => i));
    expect(all[bucketOf('HS-001')]!.codes).toContain('HS-001');
    expect(all.reduce((n, c) => n + c.n, 0)).toBe(4);
  });
});

describe('lists from the index', () => {
  const until = Date.parse('2026-03-06T00:00:00+07:00');
  const chunks = packAll(
    [
      D('late', { dueAt: '2026-03-03T17:00:00+07:00', officer: 'Nam', procedureName: 'Khai sinh' }),
      D('b-soon', { dueAt: '2026-03-05T17:00:00+07:00', officer: 'Hoa', unit: 'Xã A' }),
      D('a-soon', { dueAt: '2026-03-05T17:00:00+07:00', officer: 'Hoa', unit: 'Xã B' }),
      D('later', { dueAt: '2026-04-05T17:00:00+07:00' }),
      D('no-due'),
      D('done', { dueAt: '2026-03-03T17:00:00+07:00', resolvedAt: '2026-03-03T10:00:00+07:00' }),
      D('old', { receivedAt: '2026-01-02T09:00:00+07:00', resolvedAt: '2026-01-03T09:00:00+07:00' }),
    ].map(factOf),
  );

  it('due list: open dossiers due before the limit, soonest first then by code, filtered by officer and unit', () => {
    expect(dueFacts(chunks, until).map((d) => d.code)).toEqual(['late', 'a-soon', 'b-soon']);
    expect(dueFacts(chunks, until, { officer: 'Hoa', unit: 'Xã A' }).map((d) => d.code)).toEqual(['b-soon']);
    expect(dueFacts(chunks, until)[0]).toEqual({ code: 'late', receivedAt: '2026-03-02T09:00:00+07:00', dueAt: '2026-03-03T17:00:00+07:00', officer: 'Nam', procedureName: 'Khai sinh' });
  });

  it('period scope: received before its end and not resolved before its start', () => {
    const start = Date.parse('2026-03-01T00:00:00+07:00');
    const end = Date.parse('2026-04-01T00:00:00+07:00');
    expect(codesInScope(chunks, start, end).sort()).toEqual(['a-soon', 'b-soon', 'done', 'late', 'later', 'no-due']);
  });
});
