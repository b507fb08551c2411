import type { Dossier } from '../schema';
import { fastTime, toVnIso } from './datetime';

/**
 * The figures index: the clear facts the dashboard's figures and due list need, packed column-wise (typed
 * arrays and a per-chunk string table) into a few chunk records. IndexedDB costs per record read, so a
 * quarter's figures read BUCKETS records instead of ~18,000 rows. A dossier's chunk is a hash of its code:
 * a write knows which chunk to update without reading anything, and rows need no pointer into the index.
 * Pure; db.ts keeps it in step with the rows and rebuilds it from them when it disagrees.
 */
export const FACTS_FORMAT = 1;
/** 100,000 dossiers ≈ 1,600 per chunk: an edit rewrites one ~90 KB record, an import at most all 64. */
export const BUCKETS = 64;

/** Bits 0–1 of `bits`: channel (index in FACT_CHANNELS); then flags. */
export const FACT_CHANNELS = [undefined, 'online', 'inPerson', 'post'] as const;
export const OPEN = 4;
export const WITHDRAWN = 8;
export const RETURNED = 16;

export interface Fact {
  code: string;
  /** Instants in ms; NaN when absent or unreadable (the figures treat both alike, as they always did). */
  receivedAt: number;
  dueAt: number;
  resolvedAt: number;
  /** No resolution recorded (the dossier is in the open list, even if a date could not be read). */
  open: boolean;
  officer?: string;
  unit?: string;
  procedureCode?: string;
  procedureName?: string;
  channel?: Dossier['channel'];
  withdrawn?: boolean;
  returned?: boolean;
}

export interface FactChunk {
  id: number;
  format: number;
  /**
   * New on every write of the chunk (a rebuild too), so a reader can tell whether its dossiers may have
   * changed. Random rather than counted: it cannot come back to a value a reader holds, even after the table
   * was cleared and rebuilt.
   */
  rev: number;
  n: number;
  /** Codes concatenated, codeEnd[i] where the i-th ends: any character may occur in a code. */
  codes: string;
  codeEnd: Int32Array;
  receivedAt: Float64Array;
  dueAt: Float64Array;
  resolvedAt: Float64Array;
  bits: Uint8Array;
  /** Entries of open dossiers (a few percent of all): the due list looks at these only. */
  openAt: Int32Array;
  /** Indices into `strings`, 0 meaning absent (distinct from ''). */
  officer: Int32Array;
  unit: Int32Array;
  procedureCode: Int32Array;
  procedureName: Int32Array;
  strings: string[];
}

const time = (s: string | undefined) => (s ? fastTime(s) : NaN);

/** The facts of a stored row (dates normalised by toRow) or of any dossier. */
export function factOf(d: Dossier): Fact {
  return {
    code: d.code,
    receivedAt: time(d.receivedAt),
    dueAt: time(d.dueAt),
    resolvedAt: time(d.resolvedAt),
    open: !d.resolvedAt,
    officer: d.officer as string | undefined,
    unit: d.unit as string | undefined,
    procedureCode: d.procedureCode as string | undefined,
    procedureName: d.procedureName as string | undefined,
    channel: d.channel,
    withdrawn: Boolean(d.withdrawn),
    returned: Boolean(d.returned),
  };
}

/** FNV-1a of the code: stable across contexts and versions (changing it needs a new FACTS_FORMAT). */
export function bucketOf(code: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < code.length; i++) h = Math.imul(h ^ code.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

export function packFacts(id: number, facts: readonly Fact[], rev = Math.random()): FactChunk {
  const n = facts.length;
  const c: FactChunk = {
    id, format: FACTS_FORMAT, rev, n, codes: '', codeEnd: new Int32Array(n),
    receivedAt: new Float64Array(n), dueAt: new Float64Array(n), resolvedAt: new Float64Array(n), bits: new Uint8Array(n),
    officer: new Int32Array(n), unit: new Int32Array(n), procedureCode: new Int32Array(n), procedureName: new Int32Array(n),
    openAt: new Int32Array(0), strings: [''],
  };
  const index = new Map<string, number>();
  const str = (s: string | undefined) => {
    if (s === undefined) return 0;
    let k = index.get(s);
    if (k === undefined) index.set(s, (k = c.strings.push(s) - 1));
    return k;
  };
  const codes: string[] = [];
  const open: number[] = [];
  let end = 0;
  for (let i = 0; i < n; i++) {
    const f = facts[i]!;
    codes.push(f.code);
    c.codeEnd[i] = end += f.code.length;
    c.receivedAt[i] = f.receivedAt;
    c.dueAt[i] = f.dueAt;
    c.resolvedAt[i] = f.resolvedAt;
    c.bits[i] = Math.max(0, FACT_CHANNELS.indexOf(f.channel)) | (f.open ? OPEN : 0) | (f.withdrawn ? WITHDRAWN : 0) | (f.returned ? RETURNED : 0);
    c.officer[i] = str(f.officer);
    c.unit[i] = str(f.unit);
    c.procedureCode[i] = str(f.procedureCode);
    c.procedureName[i] = str(f.procedureName);
    if (f.open) open.push(i);
  }
  c.openAt = Int32Array.from(open);
  c.codes = codes.join('');
  return c;
}

export const textAt = (c: FactChunk, k: number): string | undefined => (k ? c.strings[k] : undefined);
export const codeAt = (c: FactChunk, i: number): string => c.codes.slice(i ? c.codeEnd[i - 1] : 0, c.codeEnd[i]);

export function factAt(c: FactChunk, i: number): Fact {
  const bits = c.bits[i]!;
  return {
    code: codeAt(c, i),
    receivedAt: c.receivedAt[i]!,
    dueAt: c.dueAt[i]!,
    resolvedAt: c.resolvedAt[i]!,
    open: Boolean(bits & OPEN),
    officer: textAt(c, c.officer[i]!),
    unit: textAt(c, c.unit[i]!),
    procedureCode: textAt(c, c.procedureCode[i]!),
    procedureName: textAt(c, c.procedureName[i]!),
    channel: FACT_CHANNELS[bits & 3],
    withdrawn: Boolean(bits & WITHDRAWN),
    returned: Boolean(bits & RETURNED),
  };
}

export function unpackFacts(c: FactChunk): Fact[] {
  return Array.from({ length: c.n }, (_, i) => factAt(c, i));
}

/** A chunk with `removed` codes taken out, then `put` facts replacing (in place) or joining those of their codes. */
export function applyFacts(chunk: FactChunk | undefined, id: number, put: readonly Fact[], removed: readonly string[] = []): FactChunk {
  const byCode = new Map<string, Fact>();
  if (chunk) for (let i = 0; i < chunk.n; i++) byCode.set(codeAt(chunk, i), factAt(chunk, i));
  for (const code of removed) byCode.delete(code);
  for (const f of put) byCode.set(f.code, f);
  return packFacts(id, [...byCode.values()]);
}

/** Facts grouped by the chunk that holds them. */
export function byBucket<T>(items: readonly T[], code: (t: T) => string): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const t of items) {
    const b = bucketOf(code(t));
    const list = out.get(b);
    if (list) list.push(t);
    else out.set(b, [t]);
  }
  return out;
}

/** The whole index from all facts (a rebuild): every bucket, empty ones included. */
export function packAll(facts: readonly Fact[]): FactChunk[] {
  const groups = byBucket(facts, (f) => f.code);
  return Array.from({ length: BUCKETS }, (_, b) => packFacts(b, groups.get(b) ?? []));
}

/** The index is in the current format and holds as many dossiers as there are rows (why that suffices: db.ts facts()). */
export function factsAgree(chunks: readonly FactChunk[], rows: number): boolean {
  let n = 0;
  for (const c of chunks) {
    if (c.format !== FACTS_FORMAT) return false;
    n += c.n;
  }
  return n === rows;
}

/**
 * Codes of the dossiers that can count in a period [start, end) (ms): received before its end and not
 * resolved before its start (the same test as the figures).
 */
export function codesInScope(chunks: Iterable<FactChunk>, start: number, end: number): string[] {
  const out: string[] = [];
  for (const c of chunks) for (let i = 0; i < c.n; i++) if (!(c.receivedAt[i]! >= end) && !(c.resolvedAt[i]! < start)) out.push(codeAt(c, i));
  return out;
}

const iso = (ms: number) => (Number.isNaN(ms) ? undefined : toVnIso(ms));

/** The clear part of a dossier as the lists show it (no applicant, personId or updatedAt: not indexed). */
export function dossierAt(c: FactChunk, i: number): Dossier {
  const bits = c.bits[i]!;
  const d: Dossier = { code: codeAt(c, i), receivedAt: iso(c.receivedAt[i]!) ?? '' };
  const due = iso(c.dueAt[i]!);
  if (due) d.dueAt = due;
  const res = bits & OPEN ? undefined : iso(c.resolvedAt[i]!);
  if (res) d.resolvedAt = res;
  if (c.officer[i]) d.officer = c.strings[c.officer[i]!];
  if (c.unit[i]) d.unit = c.strings[c.unit[i]!];
  if (c.procedureCode[i]) d.procedureCode = c.strings[c.procedureCode[i]!];
  if (c.procedureName[i]) d.procedureName = c.strings[c.procedureName[i]!];
  if (bits & 3) d.channel = FACT_CHANNELS[bits & 3];
  if (bits & WITHDRAWN) d.withdrawn = true;
  if (bits & RETURNED) d.returned = true;
  return d;
}

// Infinity - Infinity is NaN, falsy: undated dossiers fall through to the code.
const byDueThenCode = (a: { due: number; code: string }, b: { due: number; code: string }) =>
  a.due - b.due || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Codes of all open dossiers, soonest due first, those without a due time last (as the openDue index was). */
export function openCodes(chunks: Iterable<FactChunk>): string[] {
  const out: { due: number; code: string }[] = [];
  for (const c of chunks) {
    for (let k = 0; k < c.openAt.length; k++) {
      const i = c.openAt[k]!;
      out.push({ due: Number.isNaN(c.dueAt[i]!) ? Infinity : c.dueAt[i]!, code: codeAt(c, i) });
    }
  }
  return out.sort(byDueThenCode).map((x) => x.code);
}

/**
 * Open dossiers due before `until` (ms), overdue ones included, soonest first then by code (the order the
 * former openDue index gave). Due times are compared at the stored precision, whole seconds.
 */
export function dueFacts(chunks: Iterable<FactChunk>, until: number, filter: { officer?: string; unit?: string } = {}): Dossier[] {
  const limit = fastTime(toVnIso(until));
  const hits: { due: number; code: string; d: Dossier }[] = [];
  for (const c of chunks) {
    for (let k = 0; k < c.openAt.length; k++) {
      const i = c.openAt[k]!;
      if (!(c.dueAt[i]! < limit)) continue;
      if (filter.officer && textAt(c, c.officer[i]!) !== filter.officer) continue;
      if (filter.unit && textAt(c, c.unit[i]!) !== filter.unit) continue;
      const d = dossierAt(c, i);
      hits.push({ due: c.dueAt[i]!, code: d.code, d });
    }
  }
  hits.sort(byDueThenCode);
  return hits.map((h) => h.d);
}
