import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExport, parsePersonsFile } from '../../utils/import/persons';

const enc = (s: string) => new TextEncoder().encode(s);
const demo = readFileSync(resolve(import.meta.dirname, '../fixtures/demo-citizens.json'));

describe('JSON import', () => {
  it('reads the demo array with Vietnamese text intact', () => {
    const r = parsePersonsFile('demo.json', demo);
    expect(r.fatal).toBeUndefined();
    expect(r.valid).toHaveLength(6);
    expect(r.valid.map((p) => p.fullName)).toContain('Trần Thị Bích Ngọc');
  });

  it('reads its own export format back', () => {
    const first = parsePersonsFile('demo.json', demo).valid;
    const again = parsePersonsFile('export.json', enc(buildExport(first.map((p, i) => ({ ...p, id: String(i), createdAt: 1, updatedAt: 1 })))));
    expect(again.valid).toEqual(first);
  });

  it('says a broken JSON file is broken and takes nothing', () => {
    const r = parsePersonsFile('x.json', enc('[{"idNumber": "001089012345", "fullName": "A"'));
    expect(r.fatal).toMatch(/hỏng|không đầy đủ/);
    expect(r.valid).toHaveLength(0);
  });

  it('rejects an object that is not our export', () => {
    expect(parsePersonsFile('x.json', enc('{"hello": 1}')).fatal).toBeDefined();
  });
});

describe('CSV import', () => {
  it('reads UTF-8 with BOM and keeps diacritics', () => {
    const csv = '\uFEFFidNumber,fullName,dateOfBirth,sex,placeOfResidence\n001089012345,Nguyễn Văn An,1989-03-15,male,"Số 12, Phường Cửa Nam, Thành phố Hà Nội"\n';
    const r = parsePersonsFile('a.csv', enc(csv));
    expect(r.rejected).toEqual([]);
    expect(r.valid[0]).toMatchObject({ fullName: 'Nguyễn Văn An', placeOfResidence: 'Số 12, Phường Cửa Nam, Thành phố Hà Nội' });
  });

  it('reads UTF-8 without BOM and with CRLF line ends', () => {
    const r = parsePersonsFile('a.csv', enc('idNumber,fullName\r\n001089012345,Lê Thị Hà\r\n'));
    expect(r.valid).toEqual([{ idNumber: '001089012345', fullName: 'Lê Thị Hà' }]);
  });

  it('refuses a wrong header and names the wrong columns', () => {
    const r = parsePersonsFile('a.csv', enc('so_cccd,ho_ten\n001089012345,A\n'));
    expect(r.fatal).toContain('so_cccd');
    expect(r.valid).toHaveLength(0);
  });

  it('lists a broken row with its line and reason, keeping the good rows whole', () => {
    const r = parsePersonsFile(
      'a.csv',
      enc('idNumber,fullName,dateOfBirth\n001089012345,Nguyễn Văn An,1989-03-15\n00108901234X,Sai,1990-01-01\n001201003344,Đỗ Minh Quân,2001-01-05,extra\n'),
    );
    expect(r.valid.map((p) => p.idNumber)).toEqual(['001089012345']);
    expect(r.rejected.map((x) => x.line)).toEqual([3, 4]);
    expect(r.rejected[0]!.reason).toContain('idNumber');
  });

  it('refuses a file that is not UTF-8 (e.g. Windows-1258) with a clear message', () => {
    // "Nguyễn" in a legacy single-byte encoding: bytes that are invalid UTF-8.
    const bytes = new Uint8Array([...enc('idNumber,fullName\n001089012345,Nguy'), 0xea, 0xde, 0x6e, 0x0a]);
    const r = parsePersonsFile('a.csv', bytes);
    expect(r.fatal).toContain('UTF-8');
    expect(r.valid).toHaveLength(0);
  });

  it('says an empty file is empty', () => {
    expect(parsePersonsFile('a.csv', new Uint8Array()).fatal).toContain('trống');
    expect(parsePersonsFile('a.csv', enc('\uFEFF  \n')).fatal).toContain('trống');
  });

  it('rejects duplicated numbers inside one file', () => {
    const r = parsePersonsFile('a.csv', enc('idNumber,fullName\n001089012345,A\n001089012345,B\n'));
    expect(r.valid).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ line: 3 });
  });

  it('never throws and never accepts an invalid record, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.csv', 'a.json'), (bytes, name) => {
        const r = parsePersonsFile(name, bytes);
        for (const p of r.valid) expect(p.idNumber).toMatch(/^\d{12}$/);
        if (r.fatal) expect(r.valid).toHaveLength(0);
      }),
      { numRuns: 300 },
    );
  });
});
