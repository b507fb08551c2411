import { dossierSchema, type Dossier } from '../schema';
import { foldVi } from '../vi/fold';
import { cellDateTime, toVnIso } from './datetime';

/**
 * Portal dossier lists and spreadsheet exports → dossiers. Pure: header and cell values in, dossiers and
 * Vietnamese error messages out. A file with any bad row is refused as a whole (nothing is changed), so an
 * officer never ends up with half an import.
 */
export type DossierKey =
  | 'code' | 'procedureCode' | 'procedureName' | 'applicantName' | 'applicantIdNumber' | 'receivedAt' | 'dueAt'
  | 'resolvedAt' | 'status' | 'officer' | 'unit' | 'channel' | 'withdrawn' | 'returned';

/** Header labels (folded) → dictionary keys; the data dictionary's labels plus common portal variants. */
const HEADERS: [DossierKey, string[]][] = [
  ['code', ['ma ho so', 'so ho so', 'ma so ho so', 'so bien nhan', 'ma bien nhan', 'code']],
  ['procedureCode', ['ma thu tuc', 'ma tthc', 'procedurecode']],
  ['procedureName', ['ten thu tuc', 'thu tuc', 'ten tthc', 'procedurename']],
  ['applicantName', ['nguoi nop', 'chu ho so', 'ten nguoi nop', 'nguoi nop ho so', 'to chuc/ca nhan', 'applicantname']],
  ['applicantIdNumber', ['so dinh danh nguoi nop', 'so dinh danh', 'so cccd', 'applicantidnumber']],
  ['receivedAt', ['ngay tiep nhan', 'ngay nhan', 'thoi gian tiep nhan', 'ngay nop', 'receivedat']],
  ['dueAt', ['ngay hen tra', 'han xu ly', 'han giai quyet', 'ngay hen', 'dueat']],
  ['resolvedAt', ['ngay tra ket qua', 'ngay hoan thanh', 'ngay co ket qua', 'ngay tra', 'resolvedat']],
  ['status', ['trang thai', 'tinh trang', 'ket qua xu ly', 'status']],
  ['officer', ['can bo xu ly', 'can bo tiep nhan', 'nguoi xu ly', 'can bo', 'officer']],
  ['unit', ['don vi', 'co quan', 'don vi xu ly', 'co quan giai quyet', 'unit']],
  ['channel', ['hinh thuc nop', 'hinh thuc', 'kenh nop', 'channel']],
  ['withdrawn', ['rut ho so', 'withdrawn']],
  ['returned', ['tra lai', 'returned']],
];

export function headerKey(label: string): DossierKey | undefined {
  const f = foldVi(label).replace(/[:*]/g, '').trim();
  for (const [key, labels] of HEADERS) if (labels.includes(f) || f === key.toLowerCase()) return key;
  return undefined;
}

export interface ParsedDossiers {
  dossiers: Dossier[];
  errors: string[];
  /** Headers not recognised (shown to the officer, ignored). */
  ignoredHeaders: string[];
}

export class DossierImportError extends Error {
  constructor(public readonly details: string[]) {
    super(details.length === 1 ? details[0]! : `Không nhập được tệp: ${details.length} lỗi. ${details.slice(0, 5).join(' ')}`);
  }
}

const TRUE_WORDS = ['x', 'co', '1', 'true', 'yes', 'da rut', 'da tra lai'];

function channelOf(text: string): Dossier['channel'] {
  if (!text) return undefined;
  const f = foldVi(text);
  if (!f) return undefined;
  if (/truc tuyen|online|dvc|cong dich vu/.test(f)) return 'online';
  if (/buu chinh|buu dien|bcci|post/.test(f)) return 'post';
  if (/truc tiep|tai quay|inperson|mot cua/.test(f)) return 'inPerson';
  return undefined;
}

/** What the portal's status column says about the dossier. */
export function readStatusText(text: string): { done: boolean; withdrawn?: boolean; returned?: boolean } {
  const f = foldVi(text);
  if (/rut ho so|da rut|withdrawn/.test(f)) return { done: true, withdrawn: true };
  if (/tra lai|khong du dieu kien|tu choi|returned/.test(f)) return { done: true, returned: true };
  if (/chua|dang|cho |open|overdue|qua han/.test(f) && !/da tra ket qua/.test(f)) return { done: false };
  if (/da tra|hoan thanh|da giai quyet|da xu ly|co ket qua|truoc han|dung han|tre han|early|ontime|late/.test(f)) return { done: true };
  return { done: false };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return String(v).normalize('NFC').trim();
}

/**
 * Parses a table. `cells` are strings (portal table, CSV) or spreadsheet values (XLSX: Date, number).
 * `now` is used as the resolution time when the list says "done" without a date (issue: resolved when the list
 * shows them done), never later than the due time if the list says it was on time.
 */
export function parseDossierTable(headers: string[], rows: unknown[][], opts: { now?: number; source?: string } = {}): ParsedDossiers {
  const now = opts.now ?? Date.now();
  const keys = headers.map((h) => headerKey(String(h ?? '')));
  const ignoredHeaders = headers.filter((h, i) => !keys[i] && String(h ?? '').trim()).map(String);
  const missing: string[] = [];
  if (!keys.includes('code')) missing.push('"Mã hồ sơ"');
  if (!keys.includes('receivedAt')) missing.push('"Ngày nhận"');
  if (missing.length) {
    return { dossiers: [], ignoredHeaders, errors: [`Không tìm thấy cột ${missing.join(' và ')}${opts.source ? ` trong ${opts.source}` : ''}. Hãy kiểm tra dòng tiêu đề của bảng.`] };
  }
  const dossiers: Dossier[] = [];
  const errors: string[] = [];
  rows.forEach((row, r) => {
    if (row.every((c) => cellText(c) === '')) return;
    const line = r + 2; // 1-based, after the header line
    const rec: Record<string, unknown> = {};
    let statusText = '';
    const bad: string[] = [];
    keys.forEach((key, i) => {
      if (!key) return;
      const raw = row[i];
      const text = cellText(raw);
      if (key === 'receivedAt' || key === 'dueAt' || key === 'resolvedAt') {
        if (!text) return;
        const v = cellDateTime(raw);
        if (!v) bad.push(`"${text}" không phải ngày giờ hợp lệ (dd/mm/yyyy hh:mm)`);
        else rec[key] = v;
      } else if (key === 'status') statusText = text;
      else if (key === 'channel') rec.channel = channelOf(text);
      else if (key === 'withdrawn' || key === 'returned') rec[key] = (text !== '' && TRUE_WORDS.includes(foldVi(text))) || undefined;
      else if (text) rec[key] = key === 'applicantIdNumber' ? text.replace(/\s/g, '') : text;
    });
    if (statusText) {
      const st = readStatusText(statusText);
      if (st.withdrawn) rec.withdrawn = true;
      if (st.returned) rec.returned = true;
      if (st.done && !rec.resolvedAt) {
        const due = typeof rec.dueAt === 'string' ? Date.parse(rec.dueAt) : undefined;
        const onTime = /truoc han|dung han/.test(foldVi(statusText));
        const at = onTime && due !== undefined ? Math.min(now, due) : now;
        rec.resolvedAt = toVnIso(at);
      }
    }
    const parsed = dossierSchema.safeParse(rec);
    if (!parsed.success) bad.push(...parsed.error.issues.map((i) => i.message));
    if (bad.length) errors.push(`Dòng ${line}${rec.code ? ` (${String(rec.code)})` : ''}: ${bad.join('; ')}.`);
    else if (parsed.success) dossiers.push({ ...parsed.data, updatedAt: now });
  });
  return { dossiers, errors, ignoredHeaders };
}

/** Throws a DossierImportError (Vietnamese) unless the whole table is valid. */
export function parseDossierTableStrict(headers: string[], rows: unknown[][], opts: { now?: number; source?: string } = {}): Dossier[] {
  const r = parseDossierTable(headers, rows, opts);
  if (r.errors.length) throw new DossierImportError(r.errors);
  if (!r.dossiers.length) throw new DossierImportError(['Tệp không có dòng hồ sơ nào.']);
  return r.dossiers;
}
