/**
 * The 12-digit personal number: digits 1–3 province of birth registration, digit 4 century and sex
 * (0/1: 1900s male/female, 2/3: 2000s, 4/5: 2100s), digits 5–6 the last two digits of the birth year.
 */
export interface IdCheck {
  ok: boolean;
  message?: string;
}

export function checkIdAgainst(idNumber: string, dateOfBirth?: string, sex?: 'male' | 'female'): IdCheck {
  if (!/^\d{12}$/.test(idNumber)) return { ok: false, message: 'Số định danh không đủ 12 chữ số' };
  const code = Number(idNumber[3]);
  const century = 1900 + Math.floor(code / 2) * 100;
  const idSex = code % 2 === 0 ? 'male' : 'female';
  if (sex && sex !== idSex) return { ok: false, message: `Chữ số thứ 4 (${code}) chỉ giới tính ${idSex === 'male' ? 'nam' : 'nữ'}, giấy tờ ghi ${sex === 'male' ? 'nam' : 'nữ'}` };
  if (dateOfBirth) {
    const year = Number(dateOfBirth.slice(0, 4));
    const idYear = century + Number(idNumber.slice(4, 6));
    if (year !== idYear) return { ok: false, message: `Số định danh chỉ năm sinh ${idYear}, giấy tờ ghi ${year}` };
  }
  return { ok: true };
}
