import { foldVi } from './fold';

/** The 54 ethnic groups of Viet Nam as officially written (General Statistics Office list). */
export const ETHNIC_GROUPS = [
  'Kinh', 'Tày', 'Thái', 'Hoa', 'Khmer', 'Mường', 'Nùng', 'Mông', 'Dao', 'Gia Rai', 'Ngái', 'Ê Đê', 'Ba Na',
  'Xơ Đăng', 'Sán Chay', 'Cơ Ho', 'Chăm', 'Sán Dìu', 'Hrê', 'Mnông', 'Raglay', 'Xtiêng', 'Bru Vân Kiều', 'Thổ',
  'Giáy', 'Cơ Tu', 'Gié Triêng', 'Mạ', 'Khơ Mú', 'Co', 'Tà Ôi', 'Chơ Ro', 'Kháng', 'Xinh Mun', 'Hà Nhì', 'Chu Ru',
  'Lào', 'La Chí', 'La Ha', 'Phù Lá', 'La Hủ', 'Lự', 'Lô Lô', 'Chứt', 'Mảng', 'Pà Thẻn', 'Cơ Lao', 'Cống',
  'Bố Y', 'Si La', 'Pu Péo', 'Brâu', 'Ơ Đu', 'Rơ Măm',
] as const;

const key = (s: string) => foldVi(s).replace(/[^a-z]/g, '');
const BY_KEY = new Map(ETHNIC_GROUPS.map((g) => [key(g), g]));
/** Longest names first, so "La Hủ" is not read as "La Ha" plus debris. */
const SORTED = [...ETHNIC_GROUPS].sort((a, b) => key(b).length - key(a).length);

/** The group an OCR'd value names (diacritics and spacing ignored), read from the start of the value. */
export function matchEthnic(text: string): string | undefined {
  const t = key(text);
  if (!t) return undefined;
  const exact = BY_KEY.get(t);
  if (exact) return exact;
  return SORTED.find((g) => t.startsWith(key(g)));
}
