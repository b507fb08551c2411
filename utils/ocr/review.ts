/**
 * From papers read to citizen drafts the officer reviews: both sides of one card become one person, a birth
 * certificate becomes the child's record with the parents' names beside it, and values that disagree between
 * papers are flagged, never silently dropped.
 */
import { PERSON_FIELD_KEYS, type PersonFieldKey } from '../schema/person';
import { foldVi } from '../vi/fold';
import type { FractionBox, PaperRead } from './contract';
import type { DocType } from './types';

export const DOC_LABELS: Record<DocType, string> = {
  cccd_2021_front: 'Căn cước công dân 2021 – mặt trước',
  cccd_2021_back: 'Căn cước công dân 2021 – mặt sau',
  cancuoc_2024_front: 'Thẻ căn cước 2024 – mặt trước',
  cancuoc_2024_back: 'Thẻ căn cước 2024 – mặt sau',
  cmnd_front: 'Chứng minh nhân dân – mặt trước',
  birth_certificate: 'Giấy khai sinh',
};

/** Below this the officer is asked to look twice. */
export const LOW_CONFIDENCE = 0.8;

export interface DraftField {
  value: string;
  confidence: number;
  source: 'qr' | 'mrz' | 'text';
  /** Index of the read (in the batch) the value came from, and where on its page. */
  read: number;
  box?: FractionBox;
  /** Other values other papers (or the QR/MRZ) gave for this field. */
  conflicts: string[];
}

export interface PersonDraft {
  /** Stable within a batch: the ID number, or the read index for papers without one. */
  key: string;
  reads: number[];
  docTypes: DocType[];
  fields: Partial<Record<PersonFieldKey, DraftField>>;
  /** Birth certificate extras that are not fields of the child's own record. */
  fatherName?: string;
  motherName?: string;
  registrationNumber?: string;
  registrationDate?: string;
  /** Drafts in this batch whose name matches a parent named on this birth certificate. */
  parents: { role: 'father' | 'mother'; draftKey: string }[];
}

export interface ReviewBatch {
  drafts: PersonDraft[];
  failures: { read: number; file: string; page?: number; error: string }[];
}

const PERSON_KEYS = new Set<string>(PERSON_FIELD_KEYS);
const norm = (v: string) => foldVi(v).replace(/[^a-z0-9]/g, '');

/** "NGUYỄN VĂN AN" → "Nguyễn Văn An": cards print names in capitals, records keep them as written. */
export function properName(name: string): string {
  if (name !== name.toLocaleUpperCase('vi')) return name;
  return name
    .toLocaleLowerCase('vi')
    .split(/(\s+)/)
    .map((w) => (w.trim() ? w[0]!.toLocaleUpperCase('vi') + w.slice(1) : w))
    .join('');
}

function groupKey(read: PaperRead, index: number): string {
  const f = read.result.fields;
  if (f.idNumber && /^\d{12}$/.test(f.idNumber)) return `id:${f.idNumber}`;
  if (f.oldIdNumber && /^\d{9}$/.test(f.oldIdNumber)) return `cmnd:${f.oldIdNumber}`;
  return `read:${index}`;
}

export function groupReads(reads: PaperRead[]): ReviewBatch {
  const byKey = new Map<string, PersonDraft>();
  const failures: ReviewBatch['failures'] = [];
  reads.forEach((read, index) => {
    const { result } = read;
    if (result.error || !result.docType) {
      failures.push({ read: index, file: read.file, ...(read.page ? { page: read.page } : {}), error: result.error ?? 'Không nhận ra loại giấy tờ.' });
      return;
    }
    const key = groupKey(read, index);
    const draft = byKey.get(key) ?? { key, reads: [], docTypes: [], fields: {}, parents: [] };
    byKey.set(key, draft);
    draft.reads.push(index);
    draft.docTypes.push(result.docType);
    const inPaper = new Map<string, string[]>();
    for (const c of result.conflicts) inPaper.set(c.field, [...(inPaper.get(c.field) ?? []), ...Object.values(c.values)]);
    for (const [name, raw] of Object.entries(result.fields)) {
      if (!raw) continue;
      if (name === 'fatherName' || name === 'motherName') draft[name] = properName(raw);
      else if (name === 'registrationNumber' || name === 'registrationDate') draft[name] = raw;
      if (!PERSON_KEYS.has(name)) continue;
      const value = name === 'fullName' ? properName(raw) : raw;
      const incoming: DraftField = {
        value,
        confidence: result.confidence[name] ?? 0.5,
        source: result.sources[name] ?? 'text',
        read: index,
        ...(result.boxes?.[name] ? { box: result.boxes[name] } : {}),
        conflicts: (inPaper.get(name) ?? []).filter((v) => norm(v) !== norm(value)),
      };
      const key = name as PersonFieldKey;
      const prior = draft.fields[key];
      if (!prior) {
        draft.fields[key] = incoming;
        continue;
      }
      if (norm(prior.value) === norm(value)) {
        // Same value on both sides: keep the surer reading (QR/MRZ over print), merge what each flagged.
        const keep = incoming.confidence > prior.confidence ? incoming : prior;
        draft.fields[key] = { ...keep, conflicts: unique([...prior.conflicts, ...incoming.conflicts]) };
      } else {
        const [keep, other] = incoming.confidence > prior.confidence ? [incoming, prior] : [prior, incoming];
        draft.fields[key] = { ...keep, conflicts: unique([...keep.conflicts, ...other.conflicts, other.value]).filter((v) => norm(v) !== norm(keep.value)) };
      }
    }
  });
  const drafts = [...byKey.values()];
  for (const d of drafts) {
    for (const role of ['father', 'mother'] as const) {
      const name = role === 'father' ? d.fatherName : d.motherName;
      if (!name) continue;
      const match = drafts.find((o) => o !== d && o.fields.fullName && norm(o.fields.fullName.value) === norm(name));
      if (match) d.parents.push({ role, draftKey: match.key });
    }
  }
  return { drafts, failures };
}

const unique = (xs: string[]) => [...new Map(xs.map((x) => [norm(x), x])).values()];

/** True when the officer should look at this field before saving. */
export const needsAttention = (f: DraftField) => f.confidence < LOW_CONFIDENCE || f.conflicts.length > 0;

/** Differences between a stored record and what the officer is about to save (only fields that change). */
export function diffRecord(current: Partial<Record<string, unknown>>, next: Record<string, string>): { field: PersonFieldKey; current: string; next: string }[] {
  const out: { field: PersonFieldKey; current: string; next: string }[] = [];
  for (const field of PERSON_FIELD_KEYS) {
    const value = next[field]?.trim();
    if (!value) continue;
    const was = current[field] === undefined || current[field] === null ? '' : String(current[field]);
    if (was.normalize('NFC').toLocaleLowerCase('vi') !== value.normalize('NFC').toLocaleLowerCase('vi')) out.push({ field, current: was, next: value });
  }
  return out;
}

/** What is saved: the stored record's values, overridden by every non-empty value the officer confirmed. */
export function mergeRecord<T extends Partial<Record<string, unknown>>>(current: T | undefined, next: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(current ?? {})) if (PERSON_KEYS.has(k) && v !== undefined && v !== '') out[k] = v;
  for (const [k, v] of Object.entries(next)) if (PERSON_KEYS.has(k) && v.trim()) out[k] = v.trim();
  return out;
}
