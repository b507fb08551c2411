import Papa from 'papaparse';
import { z } from 'zod';
import { PERSON_FIELD_KEYS, personFieldsSchema, type PersonFields } from '../schema';
import { decodeUtf8 } from './decode';

/** The extension's own export format; an import also accepts a bare array of persons. */
export const EXPORT_FORMAT = 'tro-ly-mot-cua/persons';
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  persons: z.array(z.unknown()),
});

export interface RejectedRow {
  /** 1-based line in a CSV file, or 1-based position in a JSON array. */
  line: number;
  reason: string;
}

export interface ParsedImport {
  valid: PersonFields[];
  rejected: RejectedRow[];
  /** A whole-file problem: nothing may be imported. */
  fatal?: string;
}

const MAX_BYTES = 20 * 1024 * 1024;

export function parsePersonsFile(name: string, bytes: Uint8Array): ParsedImport {
  if (bytes.length > MAX_BYTES) return { valid: [], rejected: [], fatal: 'Tệp quá lớn (tối đa 20 MB).' };
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { valid: [], rejected: [], fatal: decoded.error };
  const text = decoded.text.replace(/^\uFEFF/, '');
  const looksJson = /\.json$/i.test(name) || /^\s*[[{]/.test(text);
  return looksJson ? parseJson(text) : parseCsv(text);
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/** zod's own messages in Vietnamese, for rows whose problem the schema has no custom message for. */
const VI = z.locales.vi().localeError;

function validateRows(rows: { line: number; data: unknown }[]): ParsedImport {
  const valid: PersonFields[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, data } of rows) {
    const result = personFieldsSchema.safeParse(data, { error: VI });
    if (!result.success) {
      rejected.push({ line, reason: describe(result.error) });
      continue;
    }
    const prior = seen.get(result.data.idNumber);
    if (prior !== undefined) {
      rejected.push({ line, reason: `Trùng số định danh với dòng ${prior}` });
      continue;
    }
    seen.set(result.data.idNumber, line);
    valid.push(result.data);
  }
  return { valid, rejected };
}

function parseJson(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { valid: [], rejected: [], fatal: 'Tệp JSON bị hỏng hoặc không đầy đủ, không đọc được.' };
  }
  let list: unknown[];
  if (Array.isArray(data)) list = data;
  else {
    const file = exportFileSchema.safeParse(data);
    if (!file.success) {
      return { valid: [], rejected: [], fatal: 'Tệp JSON phải là một danh sách công dân hoặc tệp xuất của Trợ lý Một cửa.' };
    }
    list = file.data.persons;
  }
  if (list.length === 0) return { valid: [], rejected: [], fatal: 'Tệp không có công dân nào.' };
  return validateRows(list.map((data, i) => ({ line: i + 1, data: stripBookkeeping(data) })));
}

function stripBookkeeping(data: unknown): unknown {
  if (!data || typeof data !== 'object') return data;
  const { id: _id, createdAt: _c, updatedAt: _u, lastUsedAt: _l, ...fields } = data as Record<string, unknown>;
  return fields;
}

function parseCsv(text: string): ParsedImport {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data;
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (header.length === 0 || header.every((h) => !h)) return { valid: [], rejected: [], fatal: 'Tệp CSV không có dòng tiêu đề.' };
  const known = new Set<string>(PERSON_FIELD_KEYS);
  const unknown = header.filter((h) => h && !known.has(h));
  if (unknown.length) {
    return {
      valid: [],
      rejected: [],
      fatal: `Tiêu đề cột không đúng: ${unknown.join(', ')}. Dòng đầu phải dùng tên trường chuẩn (ví dụ idNumber, fullName, dateOfBirth).`,
    };
  }
  for (const required of ['idNumber', 'fullName']) {
    if (!header.includes(required)) return { valid: [], rejected: [], fatal: `Thiếu cột bắt buộc "${required}".` };
  }
  const body: { line: number; data: unknown }[] = [];
  const structural: RejectedRow[] = [];
  rows.slice(1).forEach((cells, i) => {
    const line = i + 2;
    if (cells.length === 1 && cells[0]!.trim() === '') return;
    if (cells.length !== header.length) {
      structural.push({ line, reason: `Dòng có ${cells.length} cột, tiêu đề có ${header.length} cột` });
      return;
    }
    const record: Record<string, string> = {};
    header.forEach((h, j) => {
      const v = cells[j]!.trim();
      if (h && v !== '') record[h] = v;
    });
    body.push({ line, data: record });
  });
  const result = validateRows(body);
  const rejected = [...structural, ...result.rejected].sort((a, b) => a.line - b.line);
  if (result.valid.length === 0 && rejected.length === 0) return { valid: [], rejected: [], fatal: 'Tệp không có công dân nào.' };
  return { valid: result.valid, rejected };
}

export function buildExport(persons: unknown[]): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: new Date().toISOString(), persons }, null, 2);
}
