import { foldVi } from '../vi/fold';
import type { DocType } from './types';

/** Which paper this is, from its printed titles and machine-readable parts. */
export function classifyDoc(text: string, hints: { hasQr: boolean; hasMrz: boolean }): DocType | null {
  const t = foldVi(text);
  if (/giay khai sinh|khai sinh \(ban|trich luc khai sinh/.test(t) && !/noi dang ky khai sinh \//.test(t)) return 'birth_certificate';
  if (/chung minh nhan dan|giay chung minh/.test(t)) return 'cmnd_front';
  // Backs: the MRZ (even when OCR damaged it past its check digits) and the back's own labels.
  const cues2021 = count(t, [/dac ?diem|nhan ?dang/, /ngon tro|index finger/, /date, ?month, ?year|month, ?year/, /cuc truong|cuc canh sat|director general|police department/]);
  // Tolerant of the slips OCR makes in small print ("Nơi cơ tru / 9isce o7 res2ence", "Date 9/1sue").
  const cues2024 = count(t, [/noi c[uo] ?tru|place of residence|res.?.?ence/, /noi dang ky kh|place of birth registration|birth regis/, /het han|date of expiry|exp[il]ry/, /date of issue|nam cap|[il1]s?sue/, /bo cong an|ministry of public/]);
  const mrzLike = /[i1l]dvnm|vnm<{3,}|<{6,}/.test(t);
  const back = hints.hasMrz || mrzLike || cues2021 > 0 || cues2024 > 0;
  const front = /ho[,.]? chu dem|ho va ten|full name|date of birth|ngay sinh|surname/.test(t);
  const backType = (): DocType => (cues2024 > cues2021 || (cues2024 === cues2021 && hints.hasQr) ? 'cancuoc_2024_back' : 'cccd_2021_back');
  if (back && !front) return backType();
  if (/can cuoc cong dan|citizen identity/.test(t) || (hints.hasQr && front)) return 'cccd_2021_front';
  if (/can cuoc|identity card|dinh danh ca nhan|personal identification/.test(t)) return 'cancuoc_2024_front';
  return back ? backType() : null;
}

const count = (t: string, cues: RegExp[]) => cues.filter((re) => re.test(t)).length;
