import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdAgainst } from '../../utils/ocr/idnumber';
import { parseQrPayload } from '../../utils/ocr/qr';

describe('parseQrPayload', () => {
  it('reads the chip card QR fields into canonical keys', () => {
    expect(parseQrPayload('056310558513||Nguyễn Thị Sự|14092010|Nữ|Ấp 4, Xã Phước Vĩnh An, Huyện Củ Chi, Thành phố Hồ Chí Minh|27022025')).toEqual({
      idNumber: '056310558513',
      fullName: 'Nguyễn Thị Sự',
      dateOfBirth: '2010-09-14',
      sex: 'female',
      placeOfResidence: 'Ấp 4, Xã Phước Vĩnh An, Huyện Củ Chi, Thành phố Hồ Chí Minh',
      issueDate: '2025-02-27',
    });
  });

  it('keeps the old 9-digit number and ignores fields appended by 2024 cards', () => {
    const r = parseQrPayload('001205320702|123456789|Bùi Văn Hải|10042005|Nam|Hà Nội|02052025|extra|more');
    expect(r?.oldIdNumber).toBe('123456789');
    expect(r?.sex).toBe('male');
  });

  it('rejects payloads that are not an ID card QR', () => {
    expect(parseQrPayload('https://example.com')).toBeUndefined();
    expect(parseQrPayload('12345|a|b|c|d|e|f')).toBeUndefined();
    expect(parseQrPayload('001205320702||Tên|99999999|Nam|x|02052025')).toBeUndefined();
  });

  it('never throws on arbitrary text (property)', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseQrPayload(s)));
  });
});

describe('checkIdAgainst (century/sex digit and birth year)', () => {
  it('accepts a number matching the date of birth and sex', () => {
    expect(checkIdAgainst('001205320702', '2005-04-10', 'male').ok).toBe(true);
    expect(checkIdAgainst('056310558513', '2010-09-14', 'female').ok).toBe(true);
    expect(checkIdAgainst('079170907280', '1970-02-02', 'female').ok).toBe(true);
  });

  it('reports a sex digit that disagrees with the printed sex', () => {
    const r = checkIdAgainst('001205320702', '2005-04-10', 'female');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/giới tính/);
  });

  it('reports birth-year digits that disagree with the date of birth', () => {
    const r = checkIdAgainst('001176802264', '1978-01-01', 'female');
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/1976.*1978/);
  });

  it('rejects numbers that are not 12 digits', () => {
    expect(checkIdAgainst('12345').ok).toBe(false);
  });
});
