import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCitizens, launch, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch();
});
afterAll(async () => {
  await s?.close();
});

describe('options page import', () => {
  it('imports the demo citizens and reports the count', async () => {
    const status = await importCitizens(s);
    expect(status).toContain('Đã nhập 6 công dân');
  });

  it('lists each rejected CSV row with its line and keeps the good ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'troly-csv-'));
    const file = join(dir, 'cong-dan.csv');
    writeFileSync(
      file,
      '\uFEFFidNumber,fullName,dateOfBirth,sex\n' +
        '012345678901,Vũ Thị Lan,1990-02-03,female\n' +
        '12345,Sai Số,1990-01-01,male\n' +
        '012345678902,Ngô Bảo Châu,1990-13-40,male\n',
    );
    const status = await importCitizens(s, file);
    expect(status).toContain('Đã nhập 1 công dân');
    expect(status).toContain('Dòng 3');
    expect(status).toContain('Dòng 4');
  });
});
