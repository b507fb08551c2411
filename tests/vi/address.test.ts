import { describe, expect, it } from 'vitest';
import { isOldTierAddress, matchUnit, splitAddress, successorCandidates, unitCore } from '../../utils/vi/address';

describe('Vietnamese addresses', () => {
  it('splits a new two-tier address (since 1 July 2025)', () => {
    const p = splitAddress('Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội');
    expect(p).toEqual({ detail: 'Số 12 phố Lý Thường Kiệt', ward: 'Phường Cửa Nam', province: 'Thành phố Hà Nội' });
    expect(isOldTierAddress(p)).toBe(false);
  });
  it('splits an old three-tier address, a district-level city and a town', () => {
    expect(splitAddress('Thôn Đồng Tâm, Xã Cẩm Thủy, Huyện Cẩm Thủy, Tỉnh Thanh Hóa')).toEqual({ detail: 'Thôn Đồng Tâm', ward: 'Xã Cẩm Thủy', district: 'Huyện Cẩm Thủy', province: 'Tỉnh Thanh Hóa' });
    expect(splitAddress('Tổ 3, Phường Quang Trung, Thành phố Thái Nguyên, Tỉnh Thái Nguyên')).toMatchObject({ ward: 'Phường Quang Trung', district: 'Thành phố Thái Nguyên', province: 'Tỉnh Thái Nguyên' });
    expect(splitAddress('Khu 2, Thị trấn Hưng Hà, Huyện Hưng Hà, Tỉnh Thái Bình')).toMatchObject({ ward: 'Thị trấn Hưng Hà', district: 'Huyện Hưng Hà' });
    expect(isOldTierAddress(splitAddress('Xã Cẩm Thủy, Huyện Cẩm Thủy, Tỉnh Thanh Hóa'))).toBe(true);
  });
  it('compares unit names without prefixes, diacritics or case', () => {
    expect(unitCore('TP. Hồ Chí Minh')).toBe('ho chi minh');
    expect(unitCore('Thành phố Hồ Chí Minh')).toBe('ho chi minh');
    expect(unitCore('Quận 1')).toBe('1');
    const opts = [{ value: '1', text: 'Phường Bến Nghé' }, { value: '2', text: 'P. Sài Gòn' }, { value: '3', text: 'Xã Tân Nhựt' }];
    expect(matchUnit(opts, 'phuong ben nghe')?.value).toBe('1');
    expect(matchUnit(opts, 'Xã Tân Nhựt')?.value).toBe('3');
    expect(matchUnit(opts, 'Phường Sài Gòn')?.value).toBe('2');
  });
  it('finds successor candidates for an old ward among new-units options', () => {
    const old = splitAddress('Phường Hải Châu I, Quận Hải Châu, Thành phố Đà Nẵng');
    const opts = [{ value: 'a', text: 'Phường Hải Châu' }, { value: 'b', text: 'Phường Hòa Cường' }];
    expect(successorCandidates(opts, old).map((o) => o.value)).toEqual(['a']);
  });
});
