import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PaperRead } from '../../utils/ocr/contract';
import { diffRecord, groupReads, mergeRecord, needsAttention, properName } from '../../utils/ocr/review';
import type { DocType } from '../../utils/ocr/types';

function read(docType: DocType | null, fields: Record<string, string>, extra: Partial<PaperRead['result']> = {}): PaperRead {
  const sources = Object.fromEntries(Object.keys(fields).map((k) => [k, 'text' as const]));
  const confidence = Object.fromEntries(Object.keys(fields).map((k) => [k, 0.9]));
  return { file: 'x.jpg', ms: 1, result: { docType, fields, confidence, sources, conflicts: [], ...extra } };
}

describe('grouping papers into citizens', () => {
  it('merges the front and the back of one card into one person, keeping the machine-read number', () => {
    const front = read('cccd_2021_front', { idNumber: '001082148482', fullName: 'TRẦN TRỌNG THUẬN', dateOfBirth: '1982-06-01', sex: 'male', placeOfResidence: 'Tân Bình' });
    const back = read('cccd_2021_back', { idNumber: '001082148482', issueDate: '2021-07-10', dateOfBirth: '1982-06-01', sex: 'male' }, {
      sources: { idNumber: 'mrz', issueDate: 'text', dateOfBirth: 'mrz', sex: 'mrz' },
      confidence: { idNumber: 0.97, issueDate: 0.9, dateOfBirth: 0.97, sex: 0.97 },
    });
    const { drafts, failures } = groupReads([front, back]);
    expect(failures).toEqual([]);
    expect(drafts).toHaveLength(1);
    const d = drafts[0]!;
    expect(d.docTypes).toEqual(['cccd_2021_front', 'cccd_2021_back']);
    expect(d.fields.fullName?.value).toBe('Trần Trọng Thuận');
    expect(d.fields.issueDate?.value).toBe('2021-07-10');
    expect(d.fields.dateOfBirth).toMatchObject({ source: 'mrz', conflicts: [] });
  });

  it('flags a value the two sides disagree on and keeps both in view', () => {
    const front = read('cancuoc_2024_front', { idNumber: '056085211197', dateOfBirth: '1985-03-02' });
    const back = read('cancuoc_2024_back', { idNumber: '056085211197', dateOfBirth: '1985-02-03' }, { confidence: { idNumber: 0.99, dateOfBirth: 0.99 } });
    const d = groupReads([front, back]).drafts[0]!;
    expect(d.fields.dateOfBirth?.value).toBe('1985-02-03');
    expect(d.fields.dateOfBirth?.conflicts).toEqual(['1985-03-02']);
    expect(needsAttention(d.fields.dateOfBirth!)).toBe(true);
  });

  it('keeps different people apart and links a birth certificate to the parents read with it', () => {
    const child = read('birth_certificate', { fullName: 'LÊ MINH KHANG', idNumber: '079219643331', fatherName: 'LÊ VĂN TÂM', motherName: 'PHẠM THỊ HOA', registrationNumber: '123' });
    const father = read('cccd_2021_front', { idNumber: '079088123456', fullName: 'LÊ VĂN TÂM' });
    const mother = read('cancuoc_2024_front', { idNumber: '079190654321', fullName: 'PHẠM THỊ HOA' });
    const { drafts } = groupReads([child, father, mother]);
    expect(drafts).toHaveLength(3);
    const c = drafts.find((d) => d.docTypes.includes('birth_certificate'))!;
    expect(c.fatherName).toBe('Lê Văn Tâm');
    expect(c.registrationNumber).toBe('123');
    expect('fatherName' in c.fields).toBe(false);
    expect(c.parents).toEqual([
      { role: 'father', draftKey: 'id:079088123456' },
      { role: 'mother', draftKey: 'id:079190654321' },
    ]);
  });

  it('lists unreadable papers with their message instead of inventing a person', () => {
    const { drafts, failures } = groupReads([read(null, {}, { error: 'Ảnh bị hỏng.' })]);
    expect(drafts).toEqual([]);
    expect(failures).toEqual([{ read: 0, file: 'x.jpg', error: 'Ảnh bị hỏng.' }]);
  });

  it('never loses a value that was read: each one is a field value or a flagged alternative', () => {
    const docs: DocType[] = ['cccd_2021_front', 'cccd_2021_back', 'cancuoc_2024_front', 'cancuoc_2024_back'];
    const arbRead = fc.record({
      docType: fc.constantFrom(...docs),
      id: fc.constantFrom('001082148482', '056085211197'),
      dob: fc.constantFrom('1982-06-01', '1985-02-03', '1990-12-31'),
      name: fc.constantFrom('NGUYỄN VĂN AN', 'TRẦN THỊ BÍCH', 'Lê Văn Tám'),
      conf: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(arbRead, { minLength: 1, maxLength: 6 }), (rs) => {
        const reads = rs.map((r) =>
          read(r.docType, { idNumber: r.id, dateOfBirth: r.dob, fullName: r.name }, { confidence: { idNumber: 0.99, dateOfBirth: r.conf, fullName: r.conf } }),
        );
        const { drafts } = groupReads(reads);
        expect(new Set(drafts.map((d) => d.key)).size).toBe(new Set(rs.map((r) => r.id)).size);
        for (const r of rs) {
          const d = drafts.find((x) => x.key === `id:${r.id}`)!;
          const dob = d.fields.dateOfBirth!;
          expect([dob.value, ...dob.conflicts]).toContain(r.dob);
          const names = [d.fields.fullName!.value, ...d.fields.fullName!.conflicts].map((n) => n.toLocaleLowerCase('vi'));
          expect(names).toContain(r.name.toLocaleLowerCase('vi'));
        }
      }),
    );
  });
});

describe('saving into an existing record', () => {
  it('shows only what changes and keeps what the paper does not carry', () => {
    const current = { idNumber: '001082148482', fullName: 'Trần Trọng Thuận', phone: '0905999888', placeOfResidence: 'Cũ' };
    const next = { idNumber: '001082148482', fullName: 'TRẦN TRỌNG THUẬN', placeOfResidence: 'Mới', issueDate: '2021-07-10' };
    expect(diffRecord(current, next)).toEqual([
      { field: 'placeOfResidence', current: 'Cũ', next: 'Mới' },
      { field: 'issueDate', current: '', next: '2021-07-10' },
    ]);
    expect(mergeRecord(current, next)).toMatchObject({ phone: '0905999888', placeOfResidence: 'Mới', issueDate: '2021-07-10' });
  });

  it('merging twice gives the same record as merging once', () => {
    const rec = fc.dictionary(fc.constantFrom('fullName', 'placeOfResidence', 'phone', 'issueDate'), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(rec, rec, (current, next) => {
        const once = mergeRecord(current, next);
        expect(mergeRecord(once, next)).toEqual(once);
        expect(diffRecord(once, next)).toEqual([]);
      }),
    );
  });

  it('writes capitals as a proper name but leaves mixed case alone', () => {
    expect(properName('NGUYỄN THỊ ĐỨC ÁNH')).toBe('Nguyễn Thị Đức Ánh');
    expect(properName('Nguyễn văn An')).toBe('Nguyễn văn An');
  });
});
