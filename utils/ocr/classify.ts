import { foldVi } from '../vi/fold';
import type { DocType } from './types';

/** Which paper this is, from its printed titles and machine-readable parts. */
export function classifyDoc(text: string, hints: { hasQr: boolean; hasMrz: boolean }): DocType | null {
  const t = foldVi(text);
  if (/giay khai sinh|khai sinh \(ban|trich luc khai sinh/.test(t) && !/noi dang ky khai sinh \//.test(t)) return 'birth_certificate';
  if (/chung minh nhan dan|giay chung minh/.test(t)) return 'cmnd_front';
  const back = hints.hasMrz || /idvnm|dac diem nhan dang|ngon tro|date of issue|ngay, ?thang, ?nam (cap|het han)|date of expiry|noi dang ky khai sinh|place of birth registration|noi cu tru/.test(t);
  const front = /ho,? chu dem|ho va ten|full name|date of birth|ngay sinh|surname/.test(t);
  if (back && !front) {
    if (hints.hasQr || /noi cu tru|place of residence|noi dang ky khai sinh|place of birth registration|ngay, ?thang, ?nam het han/.test(t)) return 'cancuoc_2024_back';
    return 'cccd_2021_back';
  }
  if (/can cuoc cong dan|citizen identity/.test(t) || (hints.hasQr && front)) return 'cccd_2021_front';
  if (/can cuoc|identity card|dinh danh ca nhan|personal identification/.test(t)) return 'cancuoc_2024_front';
  return back ? (hints.hasQr ? 'cancuoc_2024_back' : 'cccd_2021_back') : null;
}
