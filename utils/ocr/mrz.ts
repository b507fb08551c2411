/**
 * ICAO 9303 TD1 machine-readable zone of Vietnamese ID cards (3 lines × 30). Line 1 carries the last 9 digits
 * of the personal number with its check digit, then the full 12-digit number and its own check digit.
 * Every check digit is verified; OCR confusions (O/0, I/1, B/8, S/5, Z/2, G/6) are repaired only where the
 * check digits then agree.
 */
export interface MrzFields {
  idNumber: string;
  dateOfBirth: string;
  sex: 'male' | 'female';
  expiryDate: string;
  surname: string;
  givenNames: string;
}

const WEIGHTS = [7, 3, 1];

export function checkDigit(s: string): number {
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const v = c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55;
    sum += v * WEIGHTS[i % 3]!;
  }
  return sum % 10;
}

const TO_DIGIT: Record<string, string> = { O: '0', Q: '0', D: '0', U: '0', I: '1', L: '1', T: '1', Z: '2', S: '5', B: '8', G: '6', A: '4' };
const digits = (s: string) => s.replace(/[OQDUILTZSBGA]/g, (c) => TO_DIGIT[c] ?? c);

/** Digits OCR confuses with each other on the OCR-B font. */
const CONFUSABLE: Record<string, string> = { '0': '869', '1': '7', '2': '7', '3': '58', '4': '9', '5': '36', '6': '508', '7': '12', '8': '3605', '9': '084' };

/** Every variant of `s` within `max` confusable substitutions that satisfies `ok`, with its number of changes. */
/** The most frequent OCR-B confusions cost less than the rare ones. */
const COMMON = new Set(['35', '53', '38', '83', '58', '85', '56', '65', '80', '08']);

export function variants(s: string, ok: (c: string) => boolean, max = 2): { value: string; changes: number }[] {
  const out = new Map<string, number>();
  let frontier: { v: string; cost: number }[] = [{ v: s, cost: 0 }];
  if (ok(s)) out.set(s, 0);
  for (let depth = 1; depth <= max; depth++) {
    const next: { v: string; cost: number }[] = [];
    const seen = new Set<string>();
    for (const { v: cur, cost } of frontier) {
      for (let i = 0; i < cur.length; i++) {
        for (const alt of CONFUSABLE[cur[i]!] ?? '') {
          const cand = cur.slice(0, i) + alt + cur.slice(i + 1);
          if (seen.has(cand)) continue;
          seen.add(cand);
          const c = cost + (COMMON.has(cur[i]! + alt) ? 1 : 1.5);
          if (ok(cand) && (out.get(cand) ?? Infinity) > c) out.set(cand, c);
          next.push({ v: cand, cost: c });
        }
      }
    }
    frontier = next;
  }
  return [...out.entries()].map(([value, changes]) => ({ value, changes }));
}

/** Province codes that begin a 12-digit personal number (place of birth registration). */
const PROVINCE_CODES = new Set(
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'.split(' '),
);

/** A YYMMDD date with a real month and day. */
function validYymmdd(c: string): boolean {
  const mm = Number(c.slice(2, 4));
  const dd = Number(c.slice(4, 6));
  return mm >= 1 && mm <= 12 && dd >= 1 && dd <= 31;
}

/** Whether a 12-digit number starts with a province code in use. */
export function validProvince(id: string): boolean {
  return PROVINCE_CODES.has(id.slice(0, 3));
}

function cleanLine(line: string): string {
  return line
    .toUpperCase()
    .replace(/\s+/g, '')
    .replace(/[«‹‚,.]/g, '<')
    .replace(/[^A-Z0-9<]/g, '');
}

/** Finds and parses the MRZ in OCR'd lines; undefined unless the check digits agree (after repair). */
/**
 * Line 2 has the nationality at a fixed place (character 16). When OCR inserted a character before it, the
 * one whose removal makes both the birth and the expiry check digits right is dropped.
 */
function repairInsertion(line: string | undefined): string[] {
  if (!line) return [];
  const at = line.indexOf('VNM');
  if (at === 14) return repairDeletion(line);
  if (at !== 16 && at !== 17) return [line];
  const ok = (l: string) => /^\d{7}[MF<]\d{7}/.test(l) && checkDigit(l.slice(0, 6)) === Number(l[6]) && checkDigit(l.slice(8, 14)) === Number(l[14]);
  if (ok(line)) return [line];
  // One or two characters inserted before the nationality ("7303249MW35303241VNM").
  let cuts = [line];
  for (let n = 15; n < at; n++) cuts = [...new Set(cuts.flatMap((l) => Array.from({ length: l.indexOf('VNM') }, (_, k) => l.slice(0, k) + l.slice(k + 1))))];
  const exact = cuts.filter(ok);
  if (exact.length) return exact;
  // No cut satisfies both checks: another digit is misread too. Every cut that keeps the birth date's
  // check goes on to the confusion search, which the composite check digit then decides.
  const birthOk = cuts.filter((l) => /^\d{7}[MF<]/.test(l) && checkDigit(l.slice(0, 6)) === Number(l[6]));
  return birthOk.length ? birthOk : [line];
}

/**
 * A character OCR dropped before the nationality (a leading digit read as a quote mark and cleaned away):
 * every digit at every place that makes the birth check right goes on to the search.
 */
function repairDeletion(line: string): string[] {
  const out = new Set<string>();
  for (let k = 0; k <= 14; k++) {
    for (let d = 0; d <= 9; d++) {
      const l = line.slice(0, k) + d + line.slice(k);
      if (/^\d{7}[MF<]/.test(l) && checkDigit(l.slice(0, 6)) === Number(l[6])) out.add(l);
    }
  }
  return out.size ? [...out] : [line];
}

/**
 * When the expiry field is too damaged for its own check digit, the cards' rule gives the candidates: a card
 * expires on the holder's 25th, 40th or 60th birthday. One is taken only if the line's composite check digit
 * (covering number, birth and expiry) confirms it and it is close to what was read.
 */
function milestoneExpiries(full: string, birth: string, read: string, composite: number): { value: string; changes: number }[] {
  if (Number.isNaN(composite)) return [];
  const century = 1900 + Math.floor(Number(full[3]) / 2) * 100;
  const out: { value: string; changes: number }[] = [];
  for (const age of [25, 40, 60]) {
    const yymmdd = String((century + Number(birth.slice(0, 2)) + age) % 100).padStart(2, '0') + birth.slice(2, 6);
    const value = yymmdd + checkDigit(yymmdd);
    const comp = full.slice(3, 12) + full[13] + full.slice(0, 12) + '<<' + full[12] + birth + value;
    const differ = [...value].filter((ch, k) => ch !== read[k]).length;
    if (checkDigit(comp) === composite && differ <= 3) out.push({ value, changes: 2 });
  }
  return out;
}

export function parseMrz(lines: string[]): MrzFields | undefined {
  const cleaned = lines.map(cleanLine).filter((l) => l.length >= 24);
  const i1 = cleaned.findIndex((l) => /^.{0,2}[DO0]VNM/.test(l) || /VNM\d{9}/.test(l));
  if (i1 < 0) return undefined;
  const l1 = cleaned[i1]!;
  const after = digits(l1.slice(l1.indexOf('VNM') + 3));
  const m1 = /^(\d{9})(\d)(\d{12})<*(\d)/.exec(after);
  let best: { full: string; birth: string; expiry?: string; cost: number; l2: string; sexMark: string } | undefined;
  for (const l2 of repairInsertion(cleaned[i1 + 1])) {
    const found = searchLine2(l2, fullsOf(after, m1));
    if (found && (!best || found.cost < best.cost)) best = found;
  }
  if (!best) return undefined;
  return fieldsOf(best, cleaned[i1 + 2] ?? '');
}

/**
 * Candidates for the 12-digit number (with its two check digits) from line 1, read from the left and, when OCR
 * inserted characters after "VNM", from the right end ("…036085034664<<1").
 */
function fullsOf(after: string, m1: RegExpExecArray | null): { value: string; changes: number }[] {
  // The 12-digit number carries two checks (its own, and its last 9 digits as the document number); birth and
  // expiry have theirs; the composite check covers all of them. Search the few confusion repairs that satisfy all.
  const fullOk = (c: string) => checkDigit(c.slice(0, 12)) === Number(c[12]) && checkDigit(c.slice(3, 12)) === Number(c[13]) && PROVINCE_CODES.has(c.slice(0, 3)) && Number(c[3]) <= 3;
  const fulls = m1 ? variants(m1[3]! + m1[4]! + m1[2]!, fullOk, 3) : [];
  // The line repeats the last 9 digits (document number, with its own check digit) inside the 12-digit
  // number, so a digit OCR inserted or dropped in the long number is recovered from the short one.
  const d9 = after.slice(0, 9);
  const trailing = /<+(\d)\s*$/.exec(after)?.[1] ?? /<+(\d)/.exec(after.slice(13))?.[1];
  if (/^\d{9}$/.test(d9) && checkDigit(d9) === Number(after[9]) && trailing) {
    const rebuilt = after.slice(10, 13) + d9 + trailing + after[9];
    if (fullOk(rebuilt) && !fulls.some((f) => f.value === rebuilt)) fulls.push({ value: rebuilt, changes: 0 });
    // Prefer it over substitutions that happen to satisfy the checks.
    for (const f of fulls) if (f.value !== rebuilt && fullOk(rebuilt)) f.changes += 1;
  }
  if (!fulls.length) {
    // Characters inserted right after "VNM" shift everything: read from the right end instead.
    const r = /(\d)(\d{12})<+(\d)<*$/.exec(after);
    if (r) for (const f of variants(r[2]! + r[3]! + r[1]!, fullOk, 2)) fulls.push({ value: f.value, changes: f.changes + 1 });
  }
  if (!fulls.length) {
    // One digit inserted or dropped inside the run (document number, its check, the 12-digit number): the
    // run has 23 or 21 digits instead of 22. Each single repair is tried against the number's checks.
    const run = /^(\d{21,23})<+(\d)/.exec(after);
    if (run && run[1]!.length !== 22) {
      const s = run[1]!;
      const fixed = s.length === 23
        ? Array.from({ length: 23 }, (_, k) => s.slice(0, k) + s.slice(k + 1))
        : Array.from({ length: 22 * 10 }, (_, i) => s.slice(0, i % 22) + Math.floor(i / 22) + s.slice(i % 22));
      for (const f of new Set(fixed)) {
        const cand = f.slice(10, 22) + run[2]! + f[9]!;
        if (fullOk(cand) && !fulls.some((x) => x.value === cand)) fulls.push({ value: cand, changes: 1 + (f.slice(0, 9) === cand.slice(3, 12) ? 0 : 0.5) });
      }
    }
  }
  return fulls;
}

type Line2Match = { full: string; birth: string; expiry?: string; cost: number; l2: string; sexMark: string };

/** The best reading of line 2 (birth, sex, expiry, composite check) consistent with one of the numbers. */
function searchLine2(l2: string, fulls: { value: string; changes: number }[]): Line2Match | undefined {
  const m2 = /^(\w{6})(\w)([MF<])(\w{6})(\w)/.exec(l2);
  if (!m2 || !fulls.length) return undefined;
  const births = variants(digits(m2[1]!) + digits(m2[2]!), (c) => checkDigit(c.slice(0, 6)) === Number(c[6]) && Number(c.slice(2, 4)) >= 1 && Number(c.slice(2, 4)) <= 12 && Number(c.slice(4, 6)) >= 1 && Number(c.slice(4, 6)) <= 31, 2);
  const expiries = variants(digits(m2[4]!) + digits(m2[5]!), (c) => checkDigit(c.slice(0, 6)) === Number(c[6]) && validYymmdd(c), 2);
  const composite = Number(digits(l2.slice(29, 30)) || NaN);
  let best: Line2Match | undefined;
  for (const f of fulls) {
    for (const b of births) {
      if (b.value.slice(0, 2) !== f.value.slice(4, 6)) continue;
      for (const e of expiries.length ? expiries : [...milestoneExpiries(f.value, b.value, m2[4]! + m2[5]!, composite), { value: '', changes: 2 }]) {
        let cost = f.changes + b.changes + e.changes;
        // Cards expire on a birthday (at 14, 25, 40 or 60): a mismatch is most likely a misread.
        if (e.value && e.value.slice(2, 6) !== b.value.slice(2, 6)) cost += 2;
        const age = Number(e.value.slice(0, 2)) + 2000 - (1900 + Math.floor(Number(f.value[3]) / 2) * 100 + Number(b.value.slice(0, 2)));
        if (e.value && ![14, 25, 40, 60].includes(age)) cost += 1;
        if (e.value && !Number.isNaN(composite)) {
          const comp = f.value.slice(3, 12) + f.value[13] + f.value.slice(0, 12) + '<<' + f.value[12] + b.value + e.value;
          if (checkDigit(comp) !== composite) cost += 3;
        }
        if (!best || cost < best.cost) best = { full: f.value, birth: b.value, expiry: e.value || undefined, cost, l2, sexMark: m2[3]! };
      }
    }
  }
  return best;
}

function fieldsOf(best: Line2Match, l3: string): MrzFields {
  const idNumber = best.full.slice(0, 12);
  const { birth, expiry } = best;
  const centuryCode = Number(idNumber[3]);
  const idSex = centuryCode % 2 === 0 ? 'male' : 'female';
  const sex = best.sexMark === 'F' ? 'female' : best.sexMark === 'M' ? 'male' : idSex;
  const birthCentury = 1900 + Math.floor(centuryCode / 2) * 100;
  const names = l3.replace(/\d/g, '').split('<<');
  return {
    idNumber,
    dateOfBirth: `${birthCentury + Number(birth.slice(0, 2))}-${birth.slice(2, 4)}-${birth.slice(4, 6)}`,
    sex,
    expiryDate: expiry ? `${2000 + Number(expiry.slice(0, 2))}-${expiry.slice(2, 4)}-${expiry.slice(4, 6)}` : '',
    surname: (names[0] ?? '').replace(/</g, ' ').trim(),
    givenNames: names.slice(1).join(' ').replace(/</g, ' ').trim(),
  };
}
