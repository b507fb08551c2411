import type { PersonFieldKey, Role } from '../schema';
import type { FieldPart } from './types';

/**
 * Vietnamese label patterns, matched against folded text (no diacritics, lower case, đ→d).
 * Order matters: more specific patterns come first (e.g. "nơi đăng ký khai sinh" before "nơi sinh",
 * "ngày cấp CCCD" before the id number).
 */
export const LABEL_PATTERNS: [PersonFieldKey, RegExp][] = [
  ['birthRegistrationPlace', /noi dang ky khai sinh|place of birth registration/],
  ['issueDate', /ngay,? thang,? nam cap|ngay cap|date of issue/],
  ['issuePlace', /noi cap|co quan cap/],
  ['expiryDate', /co gia tri den|ngay het han|gia tri su dung den|date of expiry/],
  ['oldIdNumber', /^(so )?(cmnd|chung minh nhan dan)( cu)?\b(?!.*(cccd|can cuoc|dinh danh))|so cmnd cu|so chung minh nhan dan/],
  ['idNumber', /dinh danh|cccd|can cuoc|\bddcn\b|so giay to tuy than|so cmnd ?\/ ?|personal (id|identification) number|id number|\bso \/ no\b/],
  ['dateOfBirth', /ngay,? thang,? nam sinh|ngay sinh|sinh ngay|nam sinh|date of birth|\bdob\b|^ns$/],
  ['fullName', /ho,? chu dem,? (va )?ten|ho (va )?ten|ho ten|full ?name|ten (cong dan|nguoi)/],
  ['sex', /gioi tinh|^sex$|gender/],
  ['ethnicity', /dan toc|ethnic/],
  ['religion', /ton giao|religion/],
  ['nationality', /quoc tich|nationality/],
  ['placeOfOrigin', /que quan|nguyen quan|place of origin/],
  ['placeOfBirth', /noi sinh|place of birth/],
  ['currentAddress', /noi o hien (tai|nay)|cho o hien (tai|nay)|dia chi hien (tai|nay)|noi o|tam tru|dia chi lien (he|lac)/],
  ['placeOfResidence', /thuong tru|\bhktt\b|\bdkhk\b|ho khau|noi cu tru|place of residence|dia chi( cu tru)?$/],
  ['phone', /dien thoai|\bsdt\b|\bso dt\b|di dong|phone|mobile/],
  ['email', /e-?mail|thu dien tu/],
  ['personalFeatures', /dac diem nhan dang/],
];

/** name/id tokens as portals write them (txtHoTen, ngaySinh, so_cccd, data[fullname]), letters only, lower case. */
export const NAME_TOKENS: [PersonFieldKey, RegExp][] = [
  ['birthRegistrationPlace', /noidangkykhaisinh|noidkks/],
  ['oldIdNumber', /^(so)?cmnd$|chungminh/],
  ['idNumber', /cccd|dinhdanh|cancuoc|idnumber|socmndcccd|cmndcccd|identity|citizenid|personalid/],
  ['issueDate', /ngaycap|issuedate|dateofissue/],
  ['issuePlace', /noicap|issueplace/],
  ['expiryDate', /ngayhethan|expiry|hethan/],
  ['dateOfBirth', /ngaysinh|namsinh|dob|birthday|birthdate|dateofbirth/],
  ['fullName', /hoten|hovaten|fullname|tencongdan/],
  ['sex', /gioitinh|gender|^sex$/],
  ['ethnicity', /dantoc|ethnic/],
  ['religion', /tongiao|religion/],
  ['nationality', /quoctich|nationality/],
  ['placeOfOrigin', /quequan|nguyenquan/],
  ['placeOfBirth', /noisinh|placeofbirth|birthplace/],
  ['currentAddress', /noiohientai|chooh?ientai|diachihientai|choo$|tamtru/],
  ['placeOfResidence', /thuongtru|hktt|hokhau|residence/],
  ['phone', /dienthoai|sdt|phone|mobile|didong/],
  ['email', /email|thudientu/],
];

export const AUTOCOMPLETE: Record<string, PersonFieldKey> = {
  name: 'fullName',
  bday: 'dateOfBirth',
  sex: 'sex',
  tel: 'phone',
  'tel-national': 'phone',
  email: 'email',
  'street-address': 'placeOfResidence',
  nationality: 'nationality',
};

export const ROLE_PATTERNS: [Role, RegExp][] = [
  ['subject', /nguoi duoc (khai sinh|dang ky|cap|xac nhan|giam ho)|tre (em|duoc)|thong tin (tre|con)\b|nguoi con/],
  ['deceased', /nguoi (chet|da chet|da mat|duoc khai tu)/],
  ['guardian', /nguoi giam ho/],
  ['mother', /\bme\b|nguoi me/],
  ['father', /\bcha\b|\bbo\b|nguoi cha/],
  ['spouse', /\bvo\b|\bchong\b|ben (nam|nu)/],
  ['applicant', /nguoi (yeu cau|nop|de nghi|khai|dang ky|lam don)|chu ho so|nguoi di (dang ky|nop)|cong dan|thong tin ca nhan/],
];

/** Address unit fields: the label starts with the unit word ("Tỉnh/Thành phố", "Quận/Huyện", "-- Chọn phường/xã --"). */
export const PART_PATTERNS: [FieldPart, RegExp][] = [
  ['ward', /^(-+ )?(chon )?(phuong|xa|thi tran|ward|commune)\b/],
  // "Quan hệ với …" (relationship) is not a district.
  ['district', /^(-+ )?(chon )?(quan(?! he\b)|huyen|thi xa|district)\b/],
  ['province', /^(-+ )?(chon )?(tinh|thanh pho|province|city)\b/],
  ['detail', /^(dia chi )?(chi tiet|so nha|duong|thon|xom|ap|to dan pho|detail)\b/],
];

export const DATE_PART_PATTERNS: [FieldPart, RegExp][] = [
  ['day', /^(ngay|day|dd)$/],
  ['month', /^(thang|month|mm)$/],
  ['year', /^(nam|year|yyyy)$/],
];

/** Captcha, verification codes and one-time codes are never filled. */
export const SECRET_PATTERN = /captcha|ma xac (nhan|thuc)|ma bao mat|ma kiem tra|otp|one.?time|verification/;
