/**
 * Vietnamese text folding: strips diacritics (including đ/Đ, which NFD does not decompose),
 * lower-cases and collapses whitespace, so "Nguyễn Văn Đức" and "nguyen van duc" compare equal.
 */
export function foldVi(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded words of a text, punctuation removed. */
export function foldTokens(text: string): string[] {
  return foldVi(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}
