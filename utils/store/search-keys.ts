import { foldTokens } from '../vi/fold';

/** Name words and their prefixes (≥ 2 letters), so "nguyen van a" and "nguy" both find "Nguyễn Văn An". */
export function nameSearchTokens(fullName: string): string[] {
  const out = new Set<string>();
  for (const word of foldTokens(fullName)) {
    for (let i = Math.min(2, word.length); i <= word.length; i++) out.add(word.slice(0, i));
  }
  return [...out];
}

/** A query is either a (partial) ID number or name words typed with or without diacritics. */
export type ParsedQuery = { kind: 'id'; digits: string } | { kind: 'name'; tokens: string[] } | { kind: 'empty' };

export function parseQuery(query: string): ParsedQuery {
  const q = query.trim();
  if (!q) return { kind: 'empty' };
  const digits = q.replace(/[\s.-]/g, '');
  if (/^\d+$/.test(digits)) return { kind: 'id', digits };
  const tokens = foldTokens(q);
  return tokens.length ? { kind: 'name', tokens } : { kind: 'empty' };
}
