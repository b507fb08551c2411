/**
 * The chip-ID QR payload: idNumber|oldIdNumber|Full name|ddmmyyyy birth|Nam/Nữ|residence|ddmmyyyy issue[|…].
 */
export interface QrFields {
  idNumber: string;
  oldIdNumber?: string;
  fullName: string;
  dateOfBirth: string;
  sex: 'male' | 'female';
  placeOfResidence?: string;
  issueDate?: string;
}

function ddmmyyyy(s: string | undefined): string | undefined {
  const m = /^(\d{2})(\d{2})(\d{4})$/.exec(s ?? '');
  if (!m || Number(m[1]) < 1 || Number(m[1]) > 31 || Number(m[2]) < 1 || Number(m[2]) > 12) return undefined;
  return `${m[3]}-${m[2]}-${m[1]}`;
}

export function parseQrPayload(text: string): QrFields | undefined {
  const parts = text.normalize('NFC').split('|');
  if (parts.length < 7 || !/^\d{12}$/.test(parts[0]!)) return undefined;
  const dob = ddmmyyyy(parts[3]);
  const sexWord = parts[4]!.trim().toLowerCase();
  const sex = sexWord === 'nam' ? 'male' : sexWord === 'nữ' || sexWord === 'nu' ? 'female' : undefined;
  if (!dob || !sex || !parts[2]!.trim()) return undefined;
  return {
    idNumber: parts[0]!,
    ...(/^\d{9}$/.test(parts[1]!) ? { oldIdNumber: parts[1]! } : {}),
    fullName: parts[2]!.trim(),
    dateOfBirth: dob,
    sex,
    ...(parts[5]?.trim() ? { placeOfResidence: parts[5].trim() } : {}),
    ...(ddmmyyyy(parts[6]) ? { issueDate: ddmmyyyy(parts[6]) } : {}),
  };
}
