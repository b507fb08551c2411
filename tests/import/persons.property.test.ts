import 'fake-indexeddb/auto';
import fc from 'fast-check';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildExport, parsePersonsFile } from '../../utils/import/persons';
import { personFieldsSchema, type PersonInput } from '../../utils/schema';
import { plainCodec, setCodec } from '../../utils/store/codec';
import { db } from '../../utils/store/db';
import { countPersons, listPersons, upsertPersons } from '../../utils/store/persons';
import { anyText, damaged, VIETNAMESE } from './mutate';

const enc = (s: string) => new TextEncoder().encode(s);
const digits12 = fc.stringMatching(/^\d{12}$/);
const name = fc.array(fc.constantFrom('Nguyễn', 'Trần', 'Văn', 'Thị', 'Ánh', 'Đức', 'Ngọc', 'An', 'Hà'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const validPerson = fc.record(
  { idNumber: digits12, fullName: name, dateOfBirth: fc.constantFrom('1989-03-15', '2001-12-31'), phone: fc.constantFrom('0912345678', '+84912345678') },
  { requiredKeys: ['idNumber', 'fullName'] },
);
/** Rows as officers' spreadsheets produce them: mostly right, some with a wrong number, date or phone. */
const anyPerson = fc.oneof(
  validPerson,
  fc.record({ idNumber: fc.string({ maxLength: 14 }), fullName: fc.string({ maxLength: 10 }), dateOfBirth: fc.string({ maxLength: 12 }) }, { requiredKeys: [] }),
);

function allMessages(r: ReturnType<typeof parsePersonsFile>): string[] {
  return [...(r.fatal ? [r.fatal] : []), ...r.rejected.map((x) => x.reason)];
}

describe('persons import: any input', () => {
  it('never throws; every message is Vietnamese; a whole-file problem takes nothing', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('a.csv', 'a.json', 'danh-sach.txt'), (text, file) => {
        const r = parsePersonsFile(file, enc(text));
        for (const m of allMessages(r)) expect(m).toMatch(VIETNAMESE);
        if (r.fatal) expect(r.valid).toEqual([]);
        for (const p of r.valid) expect(personFieldsSchema.safeParse(p).success).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('JSON: every row is either taken as valid or listed with its line and a Vietnamese reason', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(anyPerson, fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 20 }), (rows) => {
        const r = parsePersonsFile('a.json', enc(JSON.stringify(rows)));
        if (r.fatal) return;
        expect(r.valid.length + r.rejected.length).toBe(rows.length);
        for (const x of r.rejected) expect(x.reason).toMatch(VIETNAMESE);
        const seen = new Set(r.valid.map((p) => p.idNumber));
        expect(seen.size).toBe(r.valid.length);
      }),
      { numRuns: 300 },
    );
  });

  it('CSV written by a spreadsheet (quotes, commas, line breaks in cells) reads back the valid rows', () => {
    fc.assert(
      fc.property(fc.uniqueArray(validPerson, { minLength: 1, maxLength: 15, selector: (p) => p.idNumber }), fc.string({ maxLength: 20 }), (people, note) => {
        const rows = people.map((p) => ({ idNumber: p.idNumber, fullName: p.fullName, dateOfBirth: p.dateOfBirth ?? '', personalFeatures: note }));
        const r = parsePersonsFile('a.csv', enc(Papa.unparse(rows)));
        const expected = people.map((p) => personFieldsSchema.parse({ ...p, phone: undefined, personalFeatures: note.trim() || undefined }));
        expect(r.valid.map((p) => [p.idNumber, p.fullName, p.personalFeatures])).toEqual(expected.map((p) => [p.idNumber, p.fullName, p.personalFeatures]));
      }),
      { numRuns: 150 },
    );
  });

  it('a damaged export gives a Vietnamese message or valid rows only, never an exception', () => {
    const file = buildExport([{ idNumber: '001089012345', fullName: 'Nguyễn Văn An', dateOfBirth: '1989-03-15' }, { idNumber: '048195004321', fullName: 'Trần Thị Bích Ngọc' }]);
    fc.assert(
      fc.property(damaged(file), (text) => {
        const r = parsePersonsFile('cong-dan.json', enc(text));
        for (const m of allMessages(r)) expect(m).toMatch(VIETNAMESE);
        for (const p of r.valid) expect(p.idNumber).toMatch(/^\d{12}$/);
      }),
      { numRuns: 300 },
    );
  });
});

describe('persons import: the store', () => {
  beforeEach(async () => {
    setCodec(plainCodec);
    await db().persons.clear();
    await upsertPersons([{ idNumber: '001089012345', fullName: 'Nguyễn Văn An' }]);
  });

  it('a batch with any invalid record writes nothing; a valid batch writes every record', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyPerson, { minLength: 1, maxLength: 8 }), async (batch) => {
        const before = JSON.stringify(await listPersons());
        const allValid = batch.every((p) => personFieldsSchema.safeParse(p).success);
        const r = await upsertPersons(batch as PersonInput[] as never).then(
          () => 'written',
          () => 'refused',
        );
        if (!allValid) {
          expect(r).toBe('refused');
          expect(JSON.stringify(await listPersons())).toBe(before);
        } else {
          expect(r).toBe('written');
          for (const p of batch) expect((await listPersons()).some((q) => q.idNumber === p.idNumber)).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
    expect(await countPersons()).toBeGreaterThanOrEqual(1);
  });
});
