import { describe, expect, it } from 'vitest';
import { classifyDoc } from '../../utils/ocr/classify';
import { cleanAddress, plausibleSyllable } from '../../utils/ocr/address-text';
import { extractFields } from '../../utils/ocr/extract';
import { cleanName, dateFromWords, findDate, wordsToNumber, toLines } from '../../utils/ocr/text';
import { normalizeForScore, scorePrediction, median, percentile } from '../../utils/ocr/score';
import { matchEthnic, ETHNIC_GROUPS } from '../../utils/vi/ethnic';
import { correctFullName } from '../../utils/vi/names';

describe('dates', () => {
  it('reads dd/mm/yyyy with OCR slips in separators and digits', () => {
    expect(findDate('Ngày sinh: 02/12/1990')).toBe('1990-12-02');
    expect(findDate('24J03I1993')).toBe('1993-03-24');
    // Slashes OCR read as look-alike digits.
    expect(findDate('Date, month, year: 1940942022')).toBe('2022-09-19');
    expect(findDate('Date of expiy: 2710712030')).toBe('2030-07-27');
    expect(findDate('Số định danh: 0361883941')).toBeUndefined();
    expect(findDate('Sinh ngày 16-94-1991')).toBe('1991-04-16');
    expect(findDate('Date, month, year: 19/0912022 : é?')).toBe('2022-09-19');
    expect(findDate('ngày 29 tháng 04 năm 2019')).toBe('2019-04-29');
    expect(findDate('không có ngày')).toBeUndefined();
    expect(findDate('45/13/2020')).toBeUndefined();
  });

  it('reads Vietnamese number words', () => {
    expect(wordsToNumber('hai nghìn không trăm hai mươi hai')).toBe(2022);
    expect(wordsToNumber('mười chín')).toBe(19);
    expect(wordsToNumber('hai mươi lăm')).toBe(25);
    expect(wordsToNumber('một nghìn chín trăm tám mươi mốt')).toBe(1981);
  });

  it('reads dates written in words on birth certificates', () => {
    expect(dateFromWords('Hai mươi hai tháng ba năm hai nghìn không trăm hai mươi hai')).toBe('2022-03-22');
    expect(dateFromWords('Mười ba tháng tư năm hai nghìn không trăm mười chín')).toBe('2019-04-13');
    expect(dateFromWords('Ngày mùng một tháng giêng năm hai nghìn')).toBe('2000-01-01');
  });
});

describe('names and lexicons', () => {
  it('restores the marks OCR loses on capital letters', () => {
    expect(correctFullName('NGUYÊN VĂN AN')).toBe('NGUYỄN VĂN AN');
    expect(correctFullName('PHAN PHƯƠNG HĂNG')).toBe('PHAN PHƯƠNG HẰNG');
    expect(correctFullName('HUỲNH BẢO QUẦN')).toBe('HUỲNH BẢO QUÂN');
    // One marked vowel read twice with different marks.
    expect(correctFullName('NGUYẼỄN DIỆU GIANG')).toBe('NGUYỄN DIỆU GIANG');
  });

  it('keeps syllables that are already valid names', () => {
    expect(correctFullName('LÊ NGUYÊN HƯỜNG')).toBe('LÊ NGUYÊN HƯỜNG');
    expect(correctFullName('Trần Quang Đông')).toBe('Trần Quang Đông');
  });

  it('drops debris around a name but keeps the given name Ý', () => {
    expect(cleanName('_ — NGUYÊN THỊ NGỌC Ô')).toBe('NGUYỄN THỊ NGỌC');
    expect(cleanName('mm HOÀNG MẠNH ĐẠT')).toBe('HOÀNG MẠNH ĐẠT');
    expect(cleanName('NGUYỄN NHƯ Ý')).toBe('NGUYỄN NHƯ Ý');
  });

  it('knows the 54 ethnic groups and reads one at the start of an OCR value', () => {
    expect(ETHNIC_GROUPS).toHaveLength(54);
    expect(new Set(ETHNIC_GROUPS).size).toBe(54);
    expect(matchEthnic('Kinh Quốc tịch Việt Nam Ỗ')).toBe('Kinh');
    expect(matchEthnic('Ê ĐÊ')).toBe('Ê Đê');
    expect(matchEthnic('La Hu')).toBe('La Hủ');
    expect(matchEthnic('xyz')).toBeUndefined();
  });
});

describe('addresses', () => {
  it('keeps lower-case unit words and drops debris at the line ends', () => {
    expect(cleanAddress('Xã Cổ Loa, huyện Đông Anh, thành phố Hà Nội ỘI')).toBe('Xã Cổ Loa, huyện Đông Anh, thành phố Hà Nội');
    expect(cleanAddress('Xã Vĩnh Lộc A, CA v. S2\nỤ _ ng Huyện Bình Chánh, Thành phố Hồ Chí Minh')).toBe('Xã Vĩnh Lộc A, Huyện Bình Chánh, Thành phố Hồ Chí Minh');
    expect(cleanAddress('Huyện Bình Chánh,ThànhphốHồChíMinh')).toBe('Huyện Bình Chánh, Thành phố Hồ Chí Minh');
    expect(cleanAddress('Số 244/18 Hùng Vương, Phường 14, Quận 10, TP. Hồ Chí Minh')).toBe('Số 244/18 Hùng Vương, Phường 14, Quận 10, TP. Hồ Chí Minh');
    expect(cleanAddress('Thành phố Nha Trang, Tình Khánh Hòa')).toBe('Thành phố Nha Trang, Tỉnh Khánh Hòa');
    expect(cleanAddress('Tổ 16, Lộc Hạ, TP. Nam Định, Nam Định')).toBe('Tổ 16, Lộc Hạ, TP. Nam Định, Nam Định');
    expect(cleanAddress('Ninh Hiệp, Ninh Hòa, Khánh Hòa, Khối 1, Quang Trung')).toBe('Ninh Hiệp, Ninh Hòa, Khánh Hòa');
  });
});

describe('document type and fields from text', () => {
  const cccdFront = [
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'CĂN CƯỚC CÔNG DÂN',
    'Citizen Identity Card',
    'Số / No.: 056090028394',
    'Họ và tên / Full name:',
    'NGUYÊN VĂN AN',
    'Ngày sinh / Date of birth: 02/12/1990',
    'Giới tính / Sex: Nam Quốc tịch / Nationality: Việt Nam',
    'Quê quán / Place of origin:',
    'Phường Ninh Đa, Thị xã Ninh Hòa,',
    'Tỉnh Khánh Hòa',
    'Có giá trị đến: Nơi thường trú / Place of residence: Tổ 11, Phường Ba Ngòi,',
    '02/12/2030 Thành phố Cam Ranh, Tỉnh Khánh Hòa',
  ].join('\n');

  it('classifies each paper from its printed titles and machine-readable parts', () => {
    expect(classifyDoc(cccdFront, { hasQr: true, hasMrz: false })).toBe('cccd_2021_front');
    // Backs whose MRZ OCR damaged past its check digits, told apart by their own labels.
    expect(classifyDoc('Ngày, tháng, năm / Date, month, year: 19/09/2022\n1DVNM0850546646053608503466ó4<<1', { hasQr: false, hasMrz: false })).toBe('cccd_2021_back');
    expect(classifyDoc('Nơi cư trú / Place of residence: Số 5\nNgày, tháng, năm hết hạn / Date of expiry: 10/04/2030\n1DVNM2053207027', { hasQr: false, hasMrz: false })).toBe('cancuoc_2024_back');
    expect(classifyDoc('CĂN CƯỚC\nIDENTITY CARD\nSố định danh cá nhân / Personal identification number:\nHọ, chữ đệm và tên khai sinh', { hasQr: false, hasMrz: false })).toBe('cancuoc_2024_front');
    expect(classifyDoc('Đặc điểm nhân dạng / Personal identification:\nNgày, tháng, năm / Date, month, year: 19/09/2022', { hasQr: false, hasMrz: true })).toBe('cccd_2021_back');
    expect(classifyDoc('Nơi cư trú / Place of residence: Tổ 5\nNơi đăng ký khai sinh / Place of birth registration: Xã A', { hasQr: true, hasMrz: true })).toBe('cancuoc_2024_back');
    expect(classifyDoc('GIẤY CHỨNG MINH NHÂN DÂN\nSố 145438781\nHọ tên ĐỖ THANH PHÚC', { hasQr: false, hasMrz: false })).toBe('cmnd_front');
    expect(classifyDoc('GIẤY KHAI SINH\n(Bản chính)\nHọ, chữ đệm, tên: PHẠM MINH KHOA', { hasQr: false, hasMrz: false })).toBe('birth_certificate');
    expect(classifyDoc('Hoá đơn bán hàng\nTổng cộng 120.000đ', { hasQr: false, hasMrz: false })).toBeNull();
  });

  it('extracts the printed fields of a 2021 card front', () => {
    const f = extractFields('cccd_2021_front', toLines(cccdFront));
    expect(f).toMatchObject({
      idNumber: '056090028394',
      fullName: 'NGUYỄN VĂN AN',
      dateOfBirth: '1990-12-02',
      sex: 'male',
      nationality: 'Việt Nam',
      placeOfOrigin: 'Phường Ninh Đa, Thị xã Ninh Hòa, Tỉnh Khánh Hòa',
      placeOfResidence: 'Tổ 11, Phường Ba Ngòi, Thành phố Cam Ranh, Tỉnh Khánh Hòa',
      expiryDate: '2030-12-02',
    });
  });

  it('extracts a birth certificate including the old card number layout', () => {
    const text = [
      'GIẤY KHAI SINH',
      'Họ, chữ đệm, tên: PHẠM MINH KHOA',
      'Ngày, tháng, năm sinh: 22/03/2022',
      'Ghi bằng chữ: Hai mươi hai tháng ba năm hai nghìn không trăm hai mươi hai',
      'Giới tính: Nam Dân tộc: Kinh Quốc tịch: Việt Nam',
      'Nơi sinh: Bệnh viện Bạch Mai',
      'Họ, chữ đệm, tên người mẹ: NGUYÊN PHƯƠNG GIANG Ỗ',
      'Họ, chữ đệm, tên người cha: Phạm Đức Minh Nghĩa',
    ].join('\n');
    expect(extractFields('birth_certificate', toLines(text))).toMatchObject({
      fullName: 'PHẠM MINH KHOA',
      dateOfBirth: '2022-03-22',
      sex: 'male',
      ethnicity: 'Kinh',
      placeOfBirth: 'Bệnh viện Bạch Mai',
      motherName: 'NGUYỄN PHƯƠNG GIANG',
      fatherName: 'Phạm Đức Minh Nghĩa',
    });
    const cmnd = extractFields('cmnd_front', toLines('GIẤY CHỨNG MINH NHÂN DÂN\ns5178497762\nHọtên VÕ THÙY UYÊN'));
    expect(cmnd.oldIdNumber).toBe('178497762');
  });

  it('takes the register entry number, not the book number, when OCR clips the first letters', () => {
    const head = (entry: string, book: string) =>
      extractFields('birth_certificate', toLines(['GIẤY KHAI SINH', entry, book, 'Họ, chữ đệm, tên: LÊ VĂN AN'].join('\n')));
    expect(head('Số: 42', 'Quyển số: 03/2020').registrationNumber).toBe('42');
    expect(head('ò ố: 57 Ỗ', 'uyển số: 03/2020').registrationNumber).toBe('57');
    expect(head('ò ố: 57 Ỗ', 'Quyển số: 03/2020').registrationNumber).toBe('57');
    // Only the book line readable: no entry number rather than the book's.
    expect(head('', 'uyển số: 03/2020').registrationNumber).toBeUndefined();
  });
});

describe('bench scoring', () => {
  it('normalises like the dev-set README: NFC, case-fold, spaces, trailing punctuation', () => {
    expect(normalizeForScore('  NGUYỄN   Văn An. ')).toBe('nguyễn văn an');
    expect(normalizeForScore('Nguye\u0302\u0303n')).toBe(normalizeForScore('NGUYỄN'));
  });

  it('counts missing fields as wrong and ignores extra ones', () => {
    const s = scorePrediction(
      { docType: 'cmnd_front', fields: { fullName: 'VÕ THÙY UYÊN', oldIdNumber: '178497762' } },
      { docType: 'cmnd_front', fields: { fullName: 'võ thùy uyên', extra: 'x' } },
    );
    expect(s.docTypeOk).toBe(true);
    expect(s.fields).toEqual([
      { key: 'fullName', ok: true },
      { key: 'oldIdNumber', ok: false },
    ]);
  });

  it('computes median and p90', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
  });
});

describe('identifying marks', () => {
  it('snaps OCR slips to the words clerks use and drops debris before the mark', async () => {
    const { correctFeatures } = await import('../../utils/ocr/features');
    expect(correctFeatures('Sgo chấm C: 3cm dưới sau đuôi mất phải')).toBe('Sẹo chấm C: 3cm dưới sau đuôi mắt phải');
    expect(correctFeatures('len lo Sẹo chấm cách 3cm trên trước cánh mũi phải |')).toBe('Sẹo chấm cách 3cm trên trước cánh mũi phải');
    // The kind of mark lost in debris, frame debris at the end, a decimal point for the comma.
    expect(correctFeatures('ẽHHƯHH >@O chấm C: 2cm trên sau dái tai phải')).toBe('Sẹo chấm C: 2cm trên sau dái tai phải');
    expect(correctFeatures('Nốt ruồi C: 2cm trên mép trái Z Z^ Z')).toBe('Nốt ruồi C: 2cm trên mép trái');
    expect(correctFeatures('Sẹo chấm cách 2.5cm trên đuôi mày phải')).toBe('Sẹo chấm cách 2,5cm trên đuôi mày phải');
  });
  it('drops capitalised non-words, ornaments before a wide gap, and stops at a full stop', () => {
    expect(cleanAddress('Ấp 4, Xã Phước Vĩnh An, Eiboeiis K Mi)\nHuyện Củ Chi, Thành phố Hồ Chí Minh. S đt b')).toBe('Ấp 4, Xã Phước Vĩnh An, Huyện Củ Chi, Thành phố Hồ Chí Minh');
    expect(cleanAddress('Phường Ba Ngòi, An ky NET)\n=m PỊ ¦ Thành phố Cam Ranh, Tỉnh Khánh Hòa')).toBe('Phường Ba Ngòi, Thành phố Cam Ranh, Tỉnh Khánh Hòa');
    expect(cleanAddress('Phường 14, Quận 10, 2X\nThành phố Hồ Chí Minh')).toBe('Phường 14, Quận 10, Thành phố Hồ Chí Minh');
  });

  it('accepts Vietnamese and Central Highlands place words, glued or not, and refuses OCR debris', () => {
    for (const w of ['Nguyễn', 'Khuyến', 'Krông', 'Đắk', "H'Leo", 'Thuột', 'Thànhphố', 'HồChíMinh']) expect(plausibleSyllable(w), w).toBe(true);
    for (const w of ['Eiboeiis', 'Xxyzt', 'Qwerty']) expect(plausibleSyllable(w), w).toBe(false);
  });
});
