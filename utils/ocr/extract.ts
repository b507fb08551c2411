import { continued, cleanName, dateFromWords, findDate, sexFrom, valueAfter, type Lines } from './text';
import type { DocType } from './types';
import { matchEthnic } from '../vi/ethnic';
import { isPlausibleFullName } from '../vi/names';
import { correctAddress } from '../vi/correct-address';
import { cleanAddress } from './address-text';

/** Labels of every paper (folded); a value stops at the next of them. */
const LABELS =
  /so dinh danh|ho[,.]? chu dem|ho va ten|ho ten|ngay[,.]? thang[,.]? nam|ngay sinh|sinh ngay|gioi tinh|quoc tich|que quan|nguyen quan|noi thuong tru|noi c[uo] ?tru|noi dkhk|noi dang ky|co gia tri|dac diem|date of|dan toc|noi sinh|ghi bang chu|nam sinh|nguoi di khai|idvnm/;

/**
 * The 2021 card's expiry when its label was misread: a date on another line than the birth date, later than
 * it, preferably on a birthday (cards expire on the holder's 25th, 40th or 60th birthday).
 */
function expiryByBirthday(raw: string[], dob: string | undefined): string | undefined {
  const dates = raw.map((l) => findDate(l)).filter((d): d is string => Boolean(d) && d !== dob && (!dob || d! > dob));
  return dates.find((d) => dob && d.slice(5) === dob.slice(5)) ?? dates.at(-1);
}

/** A birth date read in the future had a digit misread: 0 read as 9 on old cards (2093 for 2003). */
function pastDate(iso: string | undefined): string | undefined {
  if (!iso) return iso;
  const now = new Date().getFullYear();
  const year = Number(iso.slice(0, 4));
  if (year <= now) return iso;
  const zeroed = Number(iso.slice(0, 2) + iso.slice(2, 4).replace(/9/g, '0'));
  return `${zeroed <= now ? zeroed : year - 100}${iso.slice(4)}`;
}

/**
 * The name after its label: on the label's line or the next; when OCR split the bilingual label over two
 * lines ("… / Surname," then "middle and given name at birth:"), the first of the next lines that reads as
 * a Vietnamese name.
 */
function nameAfter(lines: Lines, label: RegExp): string | undefined {
  const v = valueAfter(lines, label, { nextIfEmpty: true });
  if (!v) return undefined;
  const first = cleanName(v.value);
  if (isPlausibleFullName(first)) return first;
  for (let i = v.line + 1; i <= v.line + 2 && i < lines.raw.length; i++) {
    if (LABELS.test(lines.folded[i]!)) break;
    const next = cleanName(lines.raw[i]!);
    if (isPlausibleFullName(next)) return next;
  }
  return first || undefined;
}

function put(fields: Record<string, string>, key: string, value: string | undefined) {
  if (value && value.trim() && !fields[key]) fields[key] = value.trim();
}

function address(lines: Lines, label: RegExp): string | undefined {
  const v = valueAfter(lines, label, { nextIfEmpty: true });
  return v && addressFrom(lines, v);
}

/** An address whose first line of value is known: its continuation lines, cleaned and corrected. */
export function addressFrom(lines: Lines, v: { value: string; line: number }): string | undefined {
  const joined = continued(lines, v, LABELS);
  // The 2021 front prints the expiry date in the left column, level with the residence lines.
  const cleaned = cleanAddress(joined.replace(/(^|\n)\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s*/g, '$1'));
  return cleaned ? correctAddress(cleaned) : undefined;
}

function idNumber(text: string, digits: 12 | 9): string | undefined {
  const re = digits === 12 ? /(?<!\d)\d{12}(?!\d)/ : /(?<!\d)\d{9}(?!\d)/;
  return re.exec(text.replace(/(\d)\s(?=\d)/g, '$1'))?.[0];
}

/** Printed fields of each paper, read from OCR lines by their labels. */
export function extractFields(docType: DocType, lines: Lines): Record<string, string> {
  const f: Record<string, string> = {};
  const all = lines.raw.join('\n');
  const date = (label: RegExp) => {
    const v = valueAfter(lines, label, { nextIfEmpty: true });
    return v ? findDate(v.value) : undefined;
  };
  switch (docType) {
    case 'cccd_2021_front':
    case 'cancuoc_2024_front': {
      put(f, 'idNumber', idNumber(all, 12));
      put(f, 'fullName', nameAfter(lines, /ho[,.]? chu dem va ten( khai sinh)?|ho va ten|full name/));
      put(f, 'dateOfBirth', date(/ngay[,.]? thang[,.]? nam sinh|ngay sinh|date of birth/));
      const sex = valueAfter(lines, /gioi tinh/);
      put(f, 'sex', sex && sexFrom(sex.value.split(/quoc tich/i)[0]!));
      const nat = valueAfter(lines, /quoc tich/);
      put(f, 'nationality', nat && (/viet\s*nam/i.test(nat.value.normalize('NFD').replace(/[\u0300-\u036f]/g, '')) ? 'Việt Nam' : nat.value));
      if (docType === 'cccd_2021_front') {
        put(f, 'placeOfOrigin', address(lines, /que quan/));
        put(f, 'placeOfResidence', address(lines, /noi thuong tru/));
        const exp = lines.raw.find((_, i) => /co gia tri|date of expiry|gia tri den/.test(lines.folded[i]!));
        const expIdx = exp ? lines.raw.indexOf(exp) : -1;
        const expiry = expIdx >= 0 ? findDate(lines.raw.slice(expIdx, expIdx + 3).join(' ').replace(/^.*?(co gia tri|den)/i, '')) : undefined;
        put(f, 'expiryDate', expiry ?? expiryByBirthday(lines.raw, f.dateOfBirth));
      }
      break;
    }
    case 'cccd_2021_back': {
      put(f, 'issueDate', date(/ngay[,.]? thang[,.]? nam|date,? month/));
      const feat = valueAfter(lines, /dac diem|nhan dang|identification/, { nextIfEmpty: true });
      if (feat) {
        const v = feat.value.length > 3 ? feat.value : (lines.raw[feat.line + 1] ?? '');
        put(f, 'personalFeatures', v.replace(/[|].*$/, '').replace(/^[^\p{L}]+/u, '').trim());
      }
      break;
    }
    case 'cancuoc_2024_back': {
      put(f, 'placeOfResidence', address(lines, /noi c[uo] ?tru|place of residence/));
      put(f, 'birthRegistrationPlace', address(lines, /noi dang ky kha\S* ?\S*|place of birth registration/));
      put(f, 'issueDate', date(/ngay[,.]? ?thang[,.]? nam cap|date of issue/));
      put(f, 'expiryDate', date(/nam het han|date of expiry/));
      break;
    }
    case 'cmnd_front': {
      // "Số 145438781" under the title; OCR often reads "Số" as "s5"/"s6", so take the last 9 digits of the run.
      // Under the title first: a photo's desk or the card edge can read as a run of digits above it.
      const title = Math.max(0, lines.folded.findIndex((l) => /chung minh/.test(l)));
      const hasNumber = (l: string) => /\d{9}/.test(l.replace(/[\s.]/g, ''));
      const numLine = lines.raw.slice(title, title + 3).find(hasNumber) ?? lines.raw.slice(0, 5).find(hasNumber);
      const run = numLine ? (/\d{9,11}/.exec(numLine.replace(/[\s.]/g, ''))?.[0] ?? '') : '';
      put(f, 'oldIdNumber', run ? run.slice(-9) : idNumber(all, 9));
      // "Họ tên", also as OCR reads it on the old dotted print ("Hạ tên").
      put(f, 'fullName', nameAfter(lines, /h[oa] ?ten/));
      const dob = valueAfter(lines, /sinh ?ngay/);
      put(f, 'dateOfBirth', dob && pastDate(findDate(dob.value)));
      put(f, 'placeOfOrigin', address(lines, /nguyen quan|que quan/));
      put(f, 'placeOfResidence', address(lines, /noi dkhk thuong tru|thuong tru|noi dkhk/));
      break;
    }
    case 'birth_certificate': {
      const name = valueAfter(lines, /ho[,.]? ?chu ?dem[,.]? ?ten:/) ?? valueAfter(lines, /ho[,.]? ?chu ?dem[,.]? ?ten(?! ?nguoi)/);
      put(f, 'fullName', name && cleanName(name.value));
      const dobLine = valueAfter(lines, /ngay[,.]? thang[,.]? nam sinh/);
      put(f, 'dateOfBirth', (dobLine && findDate(dobLine.value)) ?? dateFromWords(valueAfter(lines, /ghi bang chu/)?.value ?? ''));
      const sex = valueAfter(lines, /gioi ?tinh/);
      put(f, 'sex', sex && sexFrom(sex.value.split(/d[aâ]n/iu)[0]!));
      const eth = valueAfter(lines, /dan toc/);
      put(f, 'ethnicity', eth && matchEthnic(eth.value.split(/qu[oốôó]c/iu)[0]!));
      const nat = valueAfter(lines, /quoc tich/);
      put(f, 'nationality', nat && (/vi[eệ]t\s*nam/i.test(nat.value) ? 'Việt Nam' : cleanAddress(nat.value)));
      put(f, 'placeOfBirth', address(lines, /noi sinh/));
      put(f, 'placeOfOrigin', address(lines, /que quan/));
      put(f, 'idNumber', idNumber(valueAfter(lines, /so dinh danh/)?.value ?? '', 12));
      put(f, 'motherName', cleanName(valueAfter(lines, /ten ?nguoi ?me/)?.value ?? ''));
      put(f, 'fatherName', cleanName(valueAfter(lines, /ten ?nguoi ?cha/)?.value ?? ''));
      // "Số: 67" under the issuing office; "Quyển số: 01/2022" (the register book) is not it.
      // OCR may drop the Q of "Quyển" or the S of "Số" (border ornaments sit beside them): the book line is
      // still "…uyển số", and a lone "ố: 169" next to an ornament is still the entry number.
      const book = /(^|[^a-z])q?uyen\s*so/;
      const regLines = lines.raw.filter((_, i) => !book.test(lines.folded[i]!));
      const regFolded = lines.folded.filter((l) => !book.test(l));
      const reg =
        regLines.find((_, i) => /^\W*so\s*:/.test(regFolded[i]!.replace(/^[^a-z]*/, ''))) ??
        regLines.find((l) => /(^|\s)\S?\s*ố\s*:\s*\d/u.test(l)) ??
        regLines.find((_, i) => /(^|\s)so:\s*\d/.test(regFolded[i]!));
      put(f, 'registrationNumber', reg && /[Ss]?ố\s*:?\s*(\d+)/u.exec(reg)?.[1]);
      put(f, 'registrationDate', date(/nam dang ky|ngay dang ky/));
      break;
    }
  }
  return f;
}
