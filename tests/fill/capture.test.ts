// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureText, detailPairs, parseDate } from '../../utils/fill/capture';

describe('capture from a read-only detail page', () => {
  it('reads dt/dd and table label/value cells into canonical keys', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../fixtures/portals/frameworks/chi-tiet.html'), 'utf8');
    document.documentElement.innerHTML = html;
    expect(captureText(detailPairs(document), 'applicant')).toEqual({
      fullName: 'Vũ Thị Lan',
      dateOfBirth: '1992-09-08',
      sex: 'female',
      idNumber: '001192007788',
      ethnicity: 'Kinh',
      nationality: 'Việt Nam',
      placeOfResidence: 'Số 7 ngõ 15 phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội',
      phone: '0913222333',
    });
  });
  it('keeps roles apart by section', () => {
    document.body.innerHTML = `<h3>Thông tin người mẹ</h3><dl><dt>Họ và tên</dt><dd>Trần Thị Bình</dd></dl>
      <h3>Thông tin người cha</h3><dl><dt>Họ và tên</dt><dd>Nguyễn Văn An</dd></dl>`;
    const pairs = detailPairs(document);
    expect(captureText(pairs, 'mother')).toEqual({ fullName: 'Trần Thị Bình' });
    expect(captureText(pairs, 'father')).toEqual({ fullName: 'Nguyễn Văn An' });
  });
  it('parses dates as portals print them', () => {
    expect(parseDate('8/9/1992')).toBe('1992-09-08');
    expect(parseDate('1992-09-08')).toBe('1992-09-08');
    expect(parseDate('08.09.1992')).toBe('1992-09-08');
  });
});
