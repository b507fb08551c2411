import type { DraftField } from './schema';

export type { DraftField, DraftSnapshot } from './schema';

/** Drafts are keyed by origin + path + form signature, so the same form on the same page finds its draft. */
export function draftKey(url: string, signature: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}#${signature}`;
}

/** A short, stable hash of the form's field names (FNV-1a), so a changed form does not take an old draft. */
export function formSignature(fieldKeys: string[]): string {
  let h = 0x811c9dc5;
  for (const ch of [...fieldKeys].sort().join('|')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** A draft worth offering: something was typed. */
export function hasContent(fields: DraftField[]): boolean {
  return fields.some((f) => (f.checked ?? false) || f.value.trim() !== '');
}

/** Whether the page already shows what the draft holds (then there is nothing to restore). */
export function sameValues(a: DraftField[], b: DraftField[]): boolean {
  const m = new Map(b.map((f) => [f.key, f]));
  return a.every((f) => {
    const g = m.get(f.key);
    return g !== undefined && g.value === f.value && (g.checked ?? false) === (f.checked ?? false);
  });
}
