import Papa from 'papaparse';
import readXlsx from 'read-excel-file/universal';
import writeXlsxFile from 'write-excel-file/universal';
import type { Dossier } from '../schema';
import { DossierImportError, parseDossierTableStrict } from './parse';

/** CSV and XLSX files of dossiers: officers' exports in, the same columns out, so files round-trip. */
export const EXPORT_COLUMNS: [keyof Dossier | 'statusText', string][] = [
  ['code', 'Mã hồ sơ'],
  ['procedureCode', 'Mã thủ tục'],
  ['procedureName', 'Tên thủ tục'],
  ['applicantName', 'Người nộp'],
  ['receivedAt', 'Ngày nhận'],
  ['dueAt', 'Ngày hẹn trả'],
  ['resolvedAt', 'Ngày trả kết quả'],
  ['officer', 'Cán bộ xử lý'],
  ['unit', 'Đơn vị'],
  ['channel', 'Hình thức nộp'],
  ['withdrawn', 'Rút hồ sơ'],
  ['returned', 'Trả lại'],
];

const CHANNEL_VI = { online: 'Trực tuyến', inPerson: 'Trực tiếp', post: 'Bưu chính' } as const;

/** "dd/mm/yyyy HH:mm" from a stored "+07:00" date-time. */
export function fmtVnDateTime(iso: string | undefined): string {
  if (!iso) return '';
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)} ${iso.slice(11, 16)}`;
}

export function dossierRows(dossiers: Dossier[]): string[][] {
  return dossiers.map((d) =>
    EXPORT_COLUMNS.map(([k]) => {
      const v = (d as Record<string, unknown>)[k];
      if (k === 'receivedAt' || k === 'dueAt' || k === 'resolvedAt') return fmtVnDateTime(v as string | undefined);
      if (k === 'channel') return v ? CHANNEL_VI[v as keyof typeof CHANNEL_VI] : '';
      if (k === 'withdrawn' || k === 'returned') return v ? 'x' : '';
      return v === undefined ? '' : String(v);
    }),
  );
}

export function dossiersToCsv(dossiers: Dossier[]): string {
  // BOM so that Excel opens the Vietnamese text as UTF-8.
  return '\uFEFF' + Papa.unparse([EXPORT_COLUMNS.map(([, l]) => l), ...dossierRows(dossiers)]);
}

export function parseDossierCsv(text: string, opts: { now?: number; source?: string } = {}): Dossier[] {
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) throw new DossierImportError(['Tệp trống, không có dữ liệu hồ sơ.']);
  const res = Papa.parse<string[]>(clean, { skipEmptyLines: 'greedy' });
  const [headers, ...rows] = res.data;
  if (!headers) throw new DossierImportError(['Tệp trống, không có dữ liệu hồ sơ.']);
  return parseDossierTableStrict(headers, rows, opts);
}

/** A 2-D table (first row headers) as an XLSX file. */
export async function tableToXlsx(headers: string[], rows: (string | number)[][], sheet = 'Hồ sơ'): Promise<Blob> {
  const data = [headers.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...rows.map((r) => r.map((v) => ({ value: v })))];
  return writeXlsxFile(data, { sheet }).toBlob();
}

export async function dossiersToXlsx(dossiers: Dossier[]): Promise<Blob> {
  return tableToXlsx(EXPORT_COLUMNS.map(([, l]) => l), dossierRows(dossiers));
}

export async function parseDossierXlsx(data: ArrayBuffer | Blob, opts: { now?: number; source?: string } = {}): Promise<Dossier[]> {
  let sheets;
  try {
    sheets = await readXlsx(data);
  } catch {
    throw new DossierImportError(['Không đọc được tệp Excel (.xlsx). Tệp có thể bị hỏng hoặc không phải định dạng .xlsx.']);
  }
  const first = sheets[0]?.data ?? [];
  // Exports often put a title above the table: the header row is the first one naming "Mã hồ sơ".
  const at = first.findIndex((row) => row.some((c) => typeof c === 'string' && /m[aã]\s*h[oồ]\s*s[oơ]|s[oố]\s*h[oồ]\s*s[oơ]/i.test(c)));
  if (at < 0) throw new DossierImportError(['Không tìm thấy cột "Mã hồ sơ" trong tệp Excel. Hãy kiểm tra dòng tiêu đề của bảng.']);
  const headers = first[at]!.map((c) => (c === null ? '' : String(c)));
  return parseDossierTableStrict(headers, first.slice(at + 1) as unknown[][], opts);
}

/** Picks the parser by file name or content (XLSX files are ZIP archives starting with "PK"). */
export async function parseDossierFile(name: string, data: ArrayBuffer, opts: { now?: number } = {}): Promise<Dossier[]> {
  const b = new Uint8Array(data.slice(0, 2));
  if (/\.xlsx$/i.test(name) || (b[0] === 0x50 && b[1] === 0x4b)) return parseDossierXlsx(data, { ...opts, source: name });
  if (/\.xls$/i.test(name)) throw new DossierImportError(['Tệp .xls (Excel cũ) chưa được hỗ trợ; hãy lưu lại dạng .xlsx hoặc .csv.']);
  return parseDossierCsv(new TextDecoder('utf-8').decode(data), { ...opts, source: name });
}
