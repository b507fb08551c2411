import { describe, expect, it } from 'vitest';
import { cleanAddress } from '../../utils/ocr/address-text';
import { addressScore } from '../../utils/ocr/reread-address';

describe('judging an address reading against the lexicon', () => {
  it('marks a reading damaged when the province is unknown, a unit is unknown or the ward is missing', () => {
    expect(addressScore('placeOfResidence', 'Số 220 Hùng Vương, Phường Vạn Thạnh, Thành phố Nha Trang, Tỉnh Khánh Hòa')).toBeGreaterThanOrEqual(0);
    expect(addressScore('placeOfResidence', 'Thành phố Nha Trang, Tỉnh Khánh Hòa')).toBeLessThan(0);
    expect(addressScore('placeOfOrigin', 'Thành phố Nha Trang, Tỉnh Khánh Hòa')).toBeGreaterThanOrEqual(0);
    expect(addressScore('placeOfResidence', 'Phường Xyzabc, Thành phố Hà Nội')).toBeLessThan(0);
    expect(addressScore('placeOfResidence', 'phường')).toBeLessThan(0);
    expect(addressScore('placeOfResidence', undefined)).toBeLessThan(addressScore('placeOfResidence', 'phường'));
  });

  it('prefers, between readings that fit alike, the one whose street words are known syllables', () => {
    const a = 'Số 220 Hùng Vương, Phường Vạn Thạnh, Thành phố Nha Trang, Tỉnh Khánh Hòa';
    const b = 'Số 220 Hùn Vươn, Phường Vạn Thạnh, Thành phố Nha Trang, Tỉnh Khánh Hòa';
    expect(addressScore('placeOfResidence', a)).toBeGreaterThan(addressScore('placeOfResidence', b));
  });
});

describe('cleaning an address line', () => {
  it('gives a name syllable its lost capital and joins a number OCR split with a fraction slash', () => {
    expect(cleanAddress('244/18 Hùng vương, Phường 1⁄4, Quận 10, TP. Hồ Chí Minh')).toBe('244/18 Hùng Vương, Phường 14, Quận 10, TP. Hồ Chí Minh');
    expect(cleanAddress('Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội')).toBe('Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội');
  });
});

describe('unit names OCR cased wrongly', () => {
  it('lower-case again a name whose marked letter OCR read as a capital', () => {
    expect(cleanAddress('Khu 5,\nThị trấn Trâu Quỹ, Huyện Gia Lâm, Hà NỘi')).toBe('Khu 5, Thị trấn Trâu Quỹ, Huyện Gia Lâm, Hà Nội');
  });
});

describe('punctuation and columns OCR got wrong in an address', () => {
  it('reads full stops between units as the commas they are, and a unit word with a slipped mark as a unit word', () => {
    expect(cleanAddress('Phương Văn Chương. Quận Đóng Đa. Thành phó Hà Nội ssEA Àu in,')).toBe('Phường Văn Chương, Quận Đóng Đa, Thành phố Hà Nội');
    expect(cleanAddress('Số 5 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh. Ngày cấp')).toBe('Số 5 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh');
  });

  it('starts the value after a wide gap when the debris before it names no unit', () => {
    expect(cleanAddress(`79c e ö/ bơth n0 ¦ Xã Vân Nội, XI\nHuyện Đông Anh, Thành phố Hà Nội`)).toBe('Xã Vân Nội, Huyện Đông Anh, Thành phố Hà Nội');
  });
});

describe('English label words OCR misread', () => {
  it('never start an address ("Piace" for "Place")', () => {
    expect(cleanAddress('Piace, Phường Văn Chương, Quận Đống Đa, Thành phố Hà Nội')).toBe('Phường Văn Chương, Quận Đống Đa, Thành phố Hà Nội');
    expect(cleanAddress('Plece of res2dence: Số 5 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh')).toBe('Số 5 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh');
  });
});
