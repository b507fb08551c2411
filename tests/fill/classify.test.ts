import { describe, expect, it } from 'vitest';
import { classifyAll, classifyField, keyFromText, nameToken, roleOf } from '../../utils/fill/classify';
import { field, opts } from './helpers';

describe('labels → canonical keys (compared without diacritics)', () => {
  const cases: [string, string][] = [
    ['Họ, chữ đệm và tên', 'fullName'],
    ['Họ và tên (*)', 'fullName'],
    ['HỌ TÊN NGƯỜI YÊU CẦU', 'fullName'],
    ['Ho ten', 'fullName'],
    ['Họ tên / Full name', 'fullName'],
    ['Ngày, tháng, năm sinh', 'dateOfBirth'],
    ['Sinh ngày', 'dateOfBirth'],
    ['NS', 'dateOfBirth'],
    ['Date of birth', 'dateOfBirth'],
    ['Giới tính', 'sex'],
    ['Số định danh cá nhân', 'idNumber'],
    ['Số CCCD', 'idNumber'],
    ['Số CMND/CCCD', 'idNumber'],
    ['Số căn cước', 'idNumber'],
    ['Số ĐDCN', 'idNumber'],
    ['Số CMND', 'oldIdNumber'],
    ['Số chứng minh nhân dân', 'oldIdNumber'],
    ['Ngày cấp', 'issueDate'],
    ['Ngày, tháng, năm cấp', 'issueDate'],
    ['Nơi cấp', 'issuePlace'],
    ['Có giá trị đến', 'expiryDate'],
    ['Dân tộc', 'ethnicity'],
    ['Tôn giáo', 'religion'],
    ['Quốc tịch', 'nationality'],
    ['Quê quán', 'placeOfOrigin'],
    ['Nguyên quán', 'placeOfOrigin'],
    ['Nơi sinh', 'placeOfBirth'],
    ['Nơi đăng ký khai sinh', 'birthRegistrationPlace'],
    ['Nơi thường trú', 'placeOfResidence'],
    ['Địa chỉ thường trú', 'placeOfResidence'],
    ['HKTT', 'placeOfResidence'],
    ['Nơi ĐKHK thường trú', 'placeOfResidence'],
    ['Hộ khẩu thường trú', 'placeOfResidence'],
    ['Nơi ở hiện tại', 'currentAddress'],
    ['Chỗ ở hiện nay', 'currentAddress'],
    ['Địa chỉ liên hệ', 'currentAddress'],
    ['Số điện thoại', 'phone'],
    ['SĐT', 'phone'],
    ['Điện thoại di động', 'phone'],
    ['Thư điện tử', 'email'],
    ['E-mail', 'email'],
    ['Đặc điểm nhận dạng', 'personalFeatures'],
    // Variations not written into the lexicon as such.
    ['Ngày/tháng/năm sinh', 'dateOfBirth'],
    ['Số giấy tờ tùy thân', 'idNumber'],
    ['Nơi cư trú', 'placeOfResidence'],
    ['Số điện thoại liên hệ', 'phone'],
    ['Họ và tên khai sinh', 'fullName'],
    ['Số CCCD/Định danh cá nhân', 'idNumber'],
    ['Địa chỉ email', 'email'],
    ['Số ĐT', 'phone'],
    ['Ngày cấp CCCD', 'issueDate'],
    ['Nơi cấp CCCD', 'issuePlace'],
  ];
  it.each(cases)('%s → %s', (label, key) => {
    expect(keyFromText(label)).toBe(key);
  });

  it('does not guess for unrelated labels', () => {
    for (const l of ['Mã hồ sơ', 'Ngày nhận hồ sơ', 'Ghi chú', 'Số lượng bản sao', 'Lý do']) expect(keyFromText(l)).toBeUndefined();
  });
});

describe('name/id tokens', () => {
  it('strips portal prefixes and punctuation', () => {
    expect(nameToken('txtHoTen')).toBe('hoten');
    expect(nameToken('data[fullname]')).toBe('datafullname');
    expect(nameToken('so_cccd')).toBe('socccd');
  });
  it.each([
    ['txtHoTen', 'fullName'],
    ['ngaySinh', 'dateOfBirth'],
    ['so_cccd', 'idNumber'],
    ['data[fullname]', 'fullName'],
    ['ddlGioiTinh', 'sex'],
    ['txtSoDienThoai', 'phone'],
    ['diaChiThuongTru', 'placeOfResidence'],
  ])('%s → %s when there is no label', (name, key) => {
    expect(classifyField(field({ name }))?.key).toBe(key);
  });
});

describe('roles from section titles', () => {
  it.each([
    ['Thông tin người yêu cầu', 'applicant'],
    ['NGƯỜI ĐI ĐĂNG KÝ', 'applicant'],
    ['Thông tin người được khai sinh', 'subject'],
    ['Phần II. Thông tin người mẹ', 'mother'],
    ['Mẹ', 'mother'],
    ['Thông tin về cha', 'father'],
    ['Bên vợ', 'spouse'],
    ['Thông tin người chết', 'deceased'],
    ['Người giám hộ', 'guardian'],
  ])('%s → %s', (section, role) => {
    expect(roleOf(section)).toBe(role);
  });
  it('words that merely contain "me"/"cha" are not roles', () => {
    expect(roleOf('Thông tin chung')).toBeUndefined();
    expect(roleOf('Mô tả')).toBeUndefined();
  });
});

describe('split fields', () => {
  it('a date in three selects inside a "Ngày sinh" group', () => {
    const days = field({ tag: 'select', labels: ['Ngày'], group: 'Ngày sinh', options: opts('Ngày', '01', '02') });
    const months = field({ tag: 'select', labels: ['Tháng'], group: 'Ngày sinh', options: opts('Tháng', '1', '2') });
    const years = field({ tag: 'select', labels: ['Năm'], group: 'Ngày sinh', options: opts('Năm', '1990') });
    expect([days, months, years].map((d) => classifyField(d)?.part)).toEqual(['day', 'month', 'year']);
    expect(classifyField(days)?.key).toBe('dateOfBirth');
  });
  it('province/district/ward selects under an address section', () => {
    const p = field({ tag: 'select', labels: ['Tỉnh/Thành phố'], section: 'Địa chỉ thường trú', options: opts('-- Chọn tỉnh --') });
    const d = field({ tag: 'select', labels: ['Quận/Huyện'], section: 'Địa chỉ thường trú' });
    const w = field({ tag: 'select', labels: ['Phường/Xã'], section: 'Nơi ở hiện tại' });
    expect(classifyField(p)).toMatchObject({ key: 'placeOfResidence', part: 'province' });
    expect(classifyField(d)).toMatchObject({ key: 'placeOfResidence', part: 'district' });
    expect(classifyField(w)).toMatchObject({ key: 'currentAddress', part: 'ward' });
  });
});

describe('precedence and rationalisation', () => {
  it('autocomplete beats the label', () => {
    expect(classifyField(field({ labels: ['Liên hệ'], autocomplete: 'tel' }))).toMatchObject({ key: 'phone', source: 'autocomplete' });
  });
  it('a recipe beats autocomplete and heuristics', () => {
    const f = field({ ref: 900, labels: ['Họ và tên'], autocomplete: 'name' });
    const [c] = classifyAll([f], new Map([[900, { key: 'email', role: 'mother' as const }]]));
    expect(c).toMatchObject({ key: 'email', role: 'mother', source: 'recipe' });
  });
  it('two fields claiming the same key and role keep the most explicit', () => {
    const byName = field({ ref: 1, name: 'txtHoTen' });
    const byLabel = field({ ref: 2, labels: ['Họ và tên'] });
    const out = classifyAll([byName, byLabel]);
    expect(out.map((c) => c.ref)).toEqual([2]);
  });
  it('the same key in different roles is kept (a multi-role form)', () => {
    const out = classifyAll([
      field({ ref: 1, labels: ['Họ và tên'], section: 'Thông tin người mẹ' }),
      field({ ref: 2, labels: ['Họ và tên'], section: 'Thông tin người cha' }),
      field({ ref: 3, labels: ['Họ và tên'], section: 'Người yêu cầu' }),
    ]);
    expect(out.map((c) => c.role)).toEqual(['mother', 'father', 'applicant']);
  });
  it('radios of one group all stay (one per choice)', () => {
    const out = classifyAll([
      field({ ref: 1, type: 'radio', name: 'gt', labels: ['Giới tính'], choiceText: 'Nam' }),
      field({ ref: 2, type: 'radio', name: 'gt', labels: ['Giới tính'], choiceText: 'Nữ' }),
    ]);
    expect(out).toHaveLength(2);
  });
  it('captcha and verification codes are never classified', () => {
    expect(classifyField(field({ labels: ['Mã xác nhận'], name: 'txtHoTen' }))).toBeUndefined();
    expect(classifyField(field({ labels: ['Nhập mã captcha'] }))).toBeUndefined();
    expect(classifyField(field({ labels: ['Mã OTP'], autocomplete: 'one-time-code' }))).toBeUndefined();
  });
});

describe('look-alike words', () => {
  it('"Quan hệ với người được khai sinh" is not a district field', () => {
    expect(classifyField(field({ labels: ['Quan hệ với người được khai sinh'], section: 'Người yêu cầu' }))).toBeUndefined();
  });
});
