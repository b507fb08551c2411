import { describe, expect, it } from 'vitest';
import { matchName, toneKey, units } from '../../utils/vi/admin-units';
import { correctAddress, isUnitChain } from '../../utils/vi/correct-address';

describe('administrative units lexicon', () => {
  it('holds the 63 old provinces with their districts and communes, and the 34 provinces since 1 July 2025', () => {
    const { old, new: now } = units();
    expect(old).toHaveLength(63);
    expect(now).toHaveLength(34);
    expect(old.reduce((n, p) => n + p.children.length, 0)).toBeGreaterThan(700);
    expect(now.reduce((n, p) => n + p.children.length, 0)).toBe(3321);
    const hanoi = old.find((p) => p.name === 'Hà Nội')!;
    expect(hanoi.children.find((d) => d.name === 'Gia Lâm')!.children.map((w) => w.name)).toContain('Trâu Quỳ');
    expect(now.find((p) => p.name === 'Hà Nội')!.children.map((w) => w.name)).toContain('Cửa Nam');
  });

  it('treats old and new tone placement as the same spelling, other marks as different', () => {
    expect(toneKey('Hoà')).toBe(toneKey('Hòa'));
    expect(toneKey('Thuỷ')).toBe(toneKey('Thủy'));
    expect(toneKey('Quỷ')).not.toBe(toneKey('Quỳ'));
  });

  it('refuses to guess between two equally close names or on numbers', () => {
    const list = [{ name: 'Hòa An', kind: 'X', children: [] }, { name: 'Hòa Ân', kind: 'X', children: [] }];
    expect(matchName('Hòa Ăn', list)).toBeUndefined();
    expect(matchName('Hoa An', list)?.name).toBe('Hòa An');
    expect(matchName('15', [{ name: '14', kind: 'P', children: [] }])).toBeUndefined();
  });
});

describe('correcting an address read by OCR', () => {
  it('restores marks OCR lost or changed, inside the right district and province', () => {
    expect(correctAddress('Xã Nghĩ Văn, Huyện Nghỉ Lộc, Nghệ')).toBe('Xã Nghi Văn, Huyện Nghi Lộc, Nghệ An');
    expect(correctAddress('Khu 5, Thị trấn Trâu Quỷ, Huyện Gia Lâm, Hà Nội')).toBe('Khu 5, Thị trấn Trâu Quỳ, Huyện Gia Lâm, Hà Nội');
    expect(correctAddress('Thôn 3, Xã Đồng Tâm, Huyện Mỹ Đưc, TP. Hà Nôi')).toBe('Thôn 3, Xã Đồng Tâm, Huyện Mỹ Đức, TP. Hà Nội');
  });

  it('joins a name OCR split and completes one cut at the end of a line', () => {
    expect(correctAddress('Xã Vân Nộ I, Huyện Đông Anh, Thành phố Hà Nội')).toBe('Xã Vân Nội, Huyện Đông Anh, Thành phố Hà Nội');
    expect(correctAddress('Nghi Thủy, Cửa, Nghệ An')).toBe('Nghi Thủy, Cửa Lò, Nghệ An');
  });

  it('keeps correct addresses, printed unit words, streets and tone placement as printed', () => {
    for (const a of [
      'Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
      '244/18 Hùng Vương, Phường 14, Quận 10, TP. Hồ Chí Minh',
      'Phường Ninh Đa, Thị xã Ninh Hoà, Tỉnh Khánh Hòa',
      'Bệnh viện Từ Dũ, thành phố Hồ Chí Minh',
      'Trạm Y tế phường Láng Hạ, quận Đống Đa, thành phố Hà Nội',
      'Xã Vĩnh Lộc A, Huyện Bình Chánh, TP. Hồ Chí Minh',
    ]) {
      expect(correctAddress(a)).toBe(a);
    }
  });

  it('takes a numbered unit that does not exist for the one a look-alike digit away', () => {
    expect(correctAddress('244/18 Hùng Vương, Phường 14, Quận 19, TP. Hồ Chí Ninh')).toBe('244/18 Hùng Vương, Phường 14, Quận 10, TP. Hồ Chí Minh');
    expect(correctAddress('Phường 14, Quận 10, TP. Hồ Chí Minh')).toBe('Phường 14, Quận 10, TP. Hồ Chí Minh');
  });

  it('leaves an address alone when its province is not recognised', () => {
    expect(correctAddress('Xã Nghĩ Văn, Huyện Nghỉ Lộc')).toBe('Xã Nghĩ Văn, Huyện Nghỉ Lộc');
    expect(correctAddress('Khu 5, Thị trấn Trâu Quỹ, Huyện Gia Lai')).toBe('Khu 5, Thị trấn Trâu Quỹ, Huyện Gia Lai');
    expect(correctAddress('')).toBe('');
  });

  it('writes upper-case names in upper case', () => {
    expect(correctAddress('XÃ NGHĨ VĂN, HUYỆN NGHI LỘC, TỈNH NGHỆ AN')).toBe('XÃ NGHI VĂN, HUYỆN NGHI LỘC, TỈNH NGHỆ AN');
  });

  it('tells a commune named like a province inside its district from the end of the address', () => {
    expect(isUnitChain(['Vĩnh Long', 'Vĩnh Lộc', 'Thanh Hóa'])).toBe(true);
    expect(isUnitChain(['Vĩnh Long', 'Cầu Giấy', 'Hà Nội'])).toBe(false);
  });
});
