import { foldVi } from '../vi/fold';

/**
 * Province-level units: the 63 before 1 July 2025 and the 34 after it (the new ones all keep the name of one
 * of the old, so the old list covers both). An address printed on a paper ends with one of them, which tells
 * where the value stops and OCR debris from the next column begins.
 */
export const PROVINCES = [
  'Hà Nội', 'Hồ Chí Minh', 'Hải Phòng', 'Đà Nẵng', 'Cần Thơ', 'Huế', 'Thừa Thiên Huế', 'An Giang', 'Bà Rịa - Vũng Tàu',
  'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định', 'Bình Dương', 'Bình Phước', 'Bình Thuận',
  'Cà Mau', 'Cao Bằng', 'Đắk Lắk', 'Đắk Nông', 'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam',
  'Hà Tĩnh', 'Hải Dương', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu',
  'Lâm Đồng', 'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh', 'Thái Bình',
  'Thái Nguyên', 'Thanh Hóa', 'Tiền Giang', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
] as const;

const FOLDED = PROVINCES.map((p) => foldVi(p).replace(/[^a-z ]/g, ' ').split(/\s+/).filter(Boolean)).sort((a, b) => b.length - a.length);

/**
 * Index of the last word of a province name ending the address in `words`, searching the last segment
 * only; -1 when none is found.
 */
export function provinceEnd(words: string[]): number {
  const f = words.map((w) => foldVi(w).replace(/[^a-z]/g, ''));
  for (let i = 0; i < f.length; i++) {
    for (const p of FOLDED) {
      if (p.every((w, j) => f[i + j] === w)) return i + p.length - 1;
    }
  }
  return -1;
}
