/** Scoring of shared/ocr-dev: exact match after NFC, case-fold, whitespace collapse, trailing punctuation strip. */
export function normalizeForScore(v: string): string {
  return v
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:!?]+$/, '')
    .trim();
}

export interface Scored {
  docTypeOk: boolean;
  fields: { key: string; ok: boolean }[];
}

export function scorePrediction(truth: { docType: string; fields: Record<string, string> }, pred: { docType: string | null; fields: Record<string, string> }): Scored {
  return {
    docTypeOk: truth.docType === pred.docType,
    fields: Object.entries(truth.fields).map(([key, v]) => ({ key, ok: pred.fields[key] !== undefined && normalizeForScore(pred.fields[key]!) === normalizeForScore(v) })),
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : 0;
}
