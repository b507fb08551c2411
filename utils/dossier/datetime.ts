/**
 * Date-times of dossiers, normalised to Vietnam local time with an explicit "+07:00" offset, so that stored
 * strings sort chronologically and IndexedDB range queries on them are correct.
 */
const TZ_MS = 7 * 3600_000;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Any instant (ms) as "yyyy-mm-ddTHH:MM:SS+07:00". */
export function toVnIso(ms: number): string {
  const t = new Date(ms + TZ_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}+07:00`;
}

/** The Vietnam calendar date (yyyy-mm-dd) of an instant. */
export function vnDate(ms: number): string {
  return toVnIso(ms).slice(0, 10);
}

/** Start of a Vietnam local day (yyyy-mm-dd) as an instant. */
export function vnDayStart(date: string): number {
  return Date.parse(`${date}T00:00:00+07:00`);
}

/**
 * Reads the date-time formats portals and spreadsheets use: "dd/mm/yyyy", "dd/mm/yyyy HH:mm[:ss]",
 * "HH:mm dd/mm/yyyy", ISO with or without offset (taken as Vietnam time when absent). Returns undefined when
 * the text is not a real date.
 */
export function parseVnDateTime(text: string): string | undefined {
  const s = text.normalize('NFC').trim();
  if (!s) return undefined;
  let y: number, mo: number, d: number, h = 0, mi = 0, se = 0;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(s);
  if (m) {
    if (m[7]) {
      const ms = Date.parse(s.replace(' ', 'T'));
      return Number.isNaN(ms) ? undefined : toVnIso(ms);
    }
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    [h, mi, se] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  } else {
    const time = /(\d{1,2})[:hg](\d{2})(?::(\d{2}))?/.exec(s);
    const date = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})/.exec(s);
    if (!date) return undefined;
    [d, mo, y] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (time) [h, mi, se] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) return undefined;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return undefined;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(se)}+07:00`;
}

/**
 * Spreadsheet cells may already be Date objects (XLSX). Excel stores wall-clock time without a zone and the
 * reader puts it in the UTC fields, so those fields are Vietnam local time.
 */
export function cellDateTime(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : toVnIso(value.getTime() - TZ_MS);
  if (typeof value === 'number') return undefined;
  return typeof value === 'string' ? parseVnDateTime(value) : undefined;
}
