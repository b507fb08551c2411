/**
 * Vietnamese lunisolar calendar by the astronomical method (new moons and solar terms after Meeus, as used
 * by Hồ Ngọc Đức), computed for Vietnam's time zone UTC+7. Because months start on the new-moon day in
 * Vietnamese local time, Tết can differ from China's (UTC+8) calendar, e.g. in 1985, 2007, 2030 and 2053.
 */
export const VN_TZ = 7;
const PI = Math.PI;
const SYNODIC = 29.530588853;
const EPOCH_1900 = 2415021.076998695;

export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

/** Julian day number of a Gregorian (proleptic) date. */
export function jdn(d: number, m: number, y: number): number {
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  return d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) - 32045;
}

export function fromJdn(j: number): { day: number; month: number; year: number } {
  const a = j + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return { day: e - Math.floor((153 * m + 2) / 5) + 1, month: m + 3 - 12 * Math.floor(m / 10), year: 100 * b + d - 4800 + Math.floor(m / 10) };
}

/** Julian day (TT, fractional) of the k-th mean new moon after 1900-01-01, with periodic corrections. */
function newMoon(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const dr = PI / 180;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * T2 - 0.000000155 * T3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * T - 0.009173 * T2) * dr);
  const M = 359.2242 + 29.10535608 * k - 0.0000333 * T2 - 0.00000347 * T3; // sun's mean anomaly
  const Mp = 306.0253 + 385.81691806 * k + 0.0107306 * T2 + 0.00001236 * T3; // moon's mean anomaly
  const F = 21.2964 + 390.67050646 * k - 0.0016528 * T2 - 0.00000239 * T3; // moon's argument of latitude
  let c = (0.1734 - 0.000393 * T) * Math.sin(M * dr) + 0.0021 * Math.sin(2 * dr * M);
  c += -0.4068 * Math.sin(Mp * dr) + 0.0161 * Math.sin(dr * 2 * Mp);
  c += -0.0004 * Math.sin(dr * 3 * Mp);
  c += 0.0104 * Math.sin(dr * 2 * F) - 0.0051 * Math.sin(dr * (M + Mp));
  c += -0.0074 * Math.sin(dr * (M - Mp)) + 0.0004 * Math.sin(dr * (2 * F + M));
  c += -0.0004 * Math.sin(dr * (2 * F - M)) - 0.0006 * Math.sin(dr * (2 * F + Mp));
  c += 0.001 * Math.sin(dr * (2 * F - Mp)) + 0.0005 * Math.sin(dr * (2 * Mp + M));
  const deltaT = T < -11 ? 0.001 + 0.000839 * T + 0.0002261 * T2 - 0.00000845 * T3 - 0.000000081 * T * T3 : -0.000278 + 0.000265 * T + 0.000262 * T2;
  return jd + c - deltaT;
}

/** Sun's apparent longitude in radians at a Julian day. */
function sunLongitude(jd: number): number {
  const T = (jd - 2451545.0) / 36525;
  const T2 = T * T;
  const dr = PI / 180;
  const M = 357.5291 + 35999.0503 * T - 0.0001559 * T2 - 0.00000048 * T * T2;
  const L0 = 280.46645 + 36000.76983 * T + 0.0003032 * T2;
  let DL = (1.9146 - 0.004817 * T - 0.000014 * T2) * Math.sin(dr * M);
  DL += (0.019993 - 0.000101 * T) * Math.sin(dr * 2 * M) + 0.00029 * Math.sin(dr * 3 * M);
  const L = (L0 + DL) * dr;
  return L - 2 * PI * Math.floor(L / (2 * PI));
}

/** Local day number on which the k-th new moon falls. */
function newMoonDay(k: number, tz: number): number {
  return Math.floor(newMoon(k) + 0.5 + tz / 24);
}

/** Which 30° sector (0..11) the sun is in at the start of a local day; sector 9 contains the winter solstice. */
function sunSector(day: number, tz: number): number {
  return Math.floor((sunLongitude(day - 0.5 - tz / 24) / PI) * 6);
}

/** Start of the lunar month containing the winter solstice (month 11) of a Gregorian year. */
function month11(y: number, tz: number): number {
  const off = jdn(31, 12, y) - 2415021;
  const k = Math.floor(off / SYNODIC);
  const nm = newMoonDay(k, tz);
  return sunSector(nm, tz) >= 9 ? newMoonDay(k - 1, tz) : nm;
}

/** In a 13-month year, the offset (from month 11) of the first month without a major solar term: the leap month. */
function leapMonthOffset(a11: number, tz: number): number {
  const k = Math.floor((a11 - EPOCH_1900) / SYNODIC + 0.5);
  let last: number;
  let i = 1;
  let arc = sunSector(newMoonDay(k + i, tz), tz);
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i, tz), tz);
  } while (arc !== last && i < 14);
  return i - 1;
}

export function solarToLunar(day: number, month: number, year: number, tz = VN_TZ): LunarDate {
  const dayNumber = jdn(day, month, year);
  const k = Math.floor((dayNumber - EPOCH_1900) / SYNODIC);
  let monthStart = newMoonDay(k + 1, tz);
  if (monthStart > dayNumber) monthStart = newMoonDay(k, tz);
  let a11 = month11(year, tz);
  let b11 = a11;
  let lunarYear: number;
  if (a11 >= monthStart) {
    lunarYear = year;
    a11 = month11(year - 1, tz);
  } else {
    lunarYear = year + 1;
    b11 = month11(year + 1, tz);
  }
  const lunarDay = dayNumber - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let lunarMonth = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, tz);
    if (diff >= leapDiff) {
      lunarMonth = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (lunarMonth > 12) lunarMonth -= 12;
  if (lunarMonth >= 11 && diff < 4) lunarYear -= 1;
  return { day: lunarDay, month: lunarMonth, year: lunarYear, leap };
}

/** Gregorian date of a lunar date; undefined when the leap month asked for does not exist that year. */
export function lunarToSolar(l: LunarDate, tz = VN_TZ): { day: number; month: number; year: number } | undefined {
  let a11: number;
  let b11: number;
  if (l.month < 11) {
    a11 = month11(l.year - 1, tz);
    b11 = month11(l.year, tz);
  } else {
    a11 = month11(l.year, tz);
    b11 = month11(l.year + 1, tz);
  }
  const k = Math.floor(0.5 + (a11 - EPOCH_1900) / SYNODIC);
  let off = l.month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, tz);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (l.leap && l.month !== leapMonth) return undefined;
    if (l.leap || off >= leapOff) off += 1;
  } else if (l.leap) return undefined;
  return fromJdn(newMoonDay(k + off, tz) + l.day - 1);
}
