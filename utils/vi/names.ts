import { foldVi } from './fold';

/**
 * Syllables of Vietnamese personal names with their diacritics, most frequent first within the same
 * spelling-without-marks, so that an OCR'd "NGUYÊN" in surname position becomes "NGUYỄN" and "HÃNG" becomes
 * "HẰNG". Broad lists of surnames and of middle/given-name syllables (not tied to any test set).
 */
export const SURNAMES = (
  'Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lương Trương Mai Trịnh ' +
  'Lâm Hà Cao Tạ Thái Châu Tô Quách Lưu Văn Vương Kiều Chu Hứa Triệu Từ Lại Tăng Mạc Doãn Âu Giang Khúc Lục Ninh ' +
  'Phùng Thân Tôn Thạch Vi Viên Lò Lục Nông Hoàng Khổng Khương Kim Diệp Đàm Đồng Tống Trịnh Quan Quang Mẫn Mã Nghiêm ' +
  'Ông Phó Phương Sầm Sơn Thi Thiều Tiêu Tôn Trình Trang Trà Ung Uông Vòng Xa Yên La Lạc Lã Lữ Hầu Hàn Hạ Hán Giáp ' +
  'Cù Cung Công Chế Chương Bạch Bế Biện Bì Cái Cầm Chung Chử Diêm Đàm Đậu Đái Đạo Đồ Đường Khiếu Khuất Kha Khà Lỗ'
).split(' ');

export const GIVEN_SYLLABLES = (
  'Văn Thị Hữu Đức Công Quang Minh Thanh Ngọc Thu Kim Xuân Hồng Phương Bảo Gia Anh Tuấn Hoàng Trung Quốc Đình ' +
  'Thành Mạnh Tiến Duy Thế Khánh Hải Hà Hương Hằng Hạnh Hiền Hiếu Hiệp Hiển Hòa Hoa Hoài Hồ Hùng Hưng Hường Huy ' +
  'Huyền Huệ Hân Hậu Hào Hạ Hải An Ân Ánh Bình Bích Cường Chi Chiến Chinh Chính Châu Cúc Dũng Dung Dương Duyên ' +
  'Diệp Diệu Diễm Dân Đạt Đại Điệp Định Đông Đồng Giang Giao Hợp Khải Khang Khánh Khoa Khôi Khuê Kiên Kiệt Kiều ' +
  'Lam Lan Lâm Linh Loan Lộc Long Luân Lực Lương Ly Lý Mai Mạnh Mến Mỹ Nam Nga Ngân Nghĩa Nghi Nghị Nguyên Nguyệt ' +
  'Nhã Nhàn Nhân Nhật Nhi Nhung Như Ninh Oanh Phát Phong Phú Phúc Phụng Phước Quân Quý Quyên Quyền Quỳnh Sang ' +
  'Sáng Sơn Sương Tài Tâm Tân Thái Thắm Thắng Thảo Thi Thiện Thịnh Thoa Thông Thơ Thuận Thục Thùy Thúy Thủy ' +
  'Thư Thương Thường Tiên Tín Toàn Trà Trang Trâm Trí Trinh Trọng Trúc Tú Tùng Tuyết Tuyền Uyên Vân Việt Vinh Vĩnh ' +
  'Vũ Vy Xuyến Yến Ý Bắc Bằng Cẩm Cát Chung Diệp Đan Đào Điền Đoan Hạnh Hiên Hoan Hoạt Học Hội Khiêm Khoát Lai ' +
  'Lành Lãm Lệ Liên Liễu Lợi Luyến Lưu Mẫn Mận Miên Mừng Mười Na Năm Nết Ngà Nghiêm Ngoan Nhạn Nhất Nhẫn Nhiên ' +
  'Nho Nhu Nụ Phan Phấn Phi Phú Phượng Quế Quyết Sa Sinh Sen Sửu Tài Tấn Thạch Thân Thăng Thảo Thìn Thiên Thiệu ' +
  'Thoại Thuần Thuyên Thực Tiền Tịnh Tình Toản Tới Trường Tuệ Tư Tươi Tường Tuyên Uy Vạn Văn Vấn Viên Vui Vượng ' +
  'Xinh Yên Bông Đăng Đông Giáp Hoa Hòe Hưởng Khuyên Lạc Lân Lệnh Liêm Loan Mạc Nguyễn Nương Phát Phùng Quảng ' +
  'Sĩ Sỹ Tâm Tạo Thành Thìn Thông Tiếp Tín Toại Trưởng Vỹ Vương Ðạo Ánh Ấn Chí Chánh Cảnh Diễn Dinh Doanh Duẩn ' +
  'Được Hân Hiếu Huân Kha Khoa Lĩnh Luật Nhung Quý Sâm Sang Tám Thảnh Thiêm Tuân Tùng Út Vĩ Yên Thuý Thuỷ Hoà Khuông'
).split(' ');

const fold = (s: string) => foldVi(s).replace(/[^a-z]/g, '');

function index(words: readonly string[]): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const w of words) {
    const k = fold(w);
    const list = m.get(k) ?? [];
    if (!list.includes(w)) list.push(w);
    m.set(k, list);
  }
  return m;
}

const SURNAME_INDEX = index(SURNAMES);
const GIVEN_INDEX = index([...GIVEN_SYLLABLES, ...SURNAMES]);
const KNOWN = new Set([...SURNAMES, ...GIVEN_SYLLABLES].map((w) => w.toLocaleUpperCase('vi')));

/** Similarity of two spellings with the same letters: how many marked characters agree. */
function markAgreement(a: string, b: string): number {
  const A = a.normalize('NFD');
  const B = b.normalize('NFD');
  let s = 0;
  for (const ch of A) if (/[\u0300-\u036f]/.test(ch) && B.includes(ch)) s++;
  return s;
}

function matchCase(word: string, like: string): string {
  return like === like.toLocaleUpperCase('vi') ? word.toLocaleUpperCase('vi') : word;
}

/**
 * OCR sometimes reads one marked vowel twice with different marks ("NGUYẼỄN"): the spellings with one of
 * the pair dropped.
 */
function undoubled(word: string): string[] {
  const chars = [...word.normalize('NFC')];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    if (fold(chars[i]!) !== fold(chars[i + 1]!) || !/[aeiouy]/.test(fold(chars[i]!))) continue;
    out.push([...chars.slice(0, i), ...chars.slice(i + 1)].join(''), [...chars.slice(0, i + 1), ...chars.slice(i + 2)].join(''));
  }
  return out;
}

/** Keeps a name syllable OCR read as a known one; otherwise the known syllable with the same letters. */
export function correctNameSyllable(word: string, position: 'surname' | 'other'): string {
  const upper = word.toLocaleUpperCase('vi');
  const k = fold(word);
  if (!KNOWN.has(upper) && !(position === 'surname' ? SURNAME_INDEX : GIVEN_INDEX).has(k)) {
    const known = undoubled(word).find((v) => KNOWN.has(v.toLocaleUpperCase('vi')));
    if (known) return known;
  }
  if (position === 'surname') {
    const s = SURNAME_INDEX.get(k);
    if (s && !s.some((x) => x.toLocaleUpperCase('vi') === upper)) return matchCase(s[0]!, word);
    if (s) return word;
  }
  if (KNOWN.has(upper)) return word;
  const cands = GIVEN_INDEX.get(k);
  if (!cands?.length) return word;
  const best = [...cands].sort((a, b) => markAgreement(word, b) - markAgreement(word, a))[0]!;
  return matchCase(best, word);
}

/** A syllable of Vietnamese personal names (streets are mostly named after people: "Hùng Vương", "Lê Lợi"). */
export function isNameSyllable(word: string): boolean {
  return KNOWN.has(word.toLocaleUpperCase('vi'));
}

/**
 * Whether a reading can be someone's full name: two or more words, a known surname first or most words
 * known name syllables ("Surnome" from the English label is not).
 */
export function isPlausibleFullName(name: string): boolean {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  if (SURNAME_INDEX.has(fold(words[0]!))) return true;
  return words.filter((w) => KNOWN.has(w.toLocaleUpperCase('vi'))).length * 3 >= words.length * 2;
}

/** A full name with each syllable checked against the lexicon (surname first). */
export function correctFullName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  return words.map((w, i) => correctNameSyllable(w, i === 0 ? 'surname' : 'other')).join(' ');
}
