import { headerKey } from './parse';

/**
 * For "Lấy danh sách hồ sơ" (content side): finds the portal's dossier list table in a document and reads it
 * as header and cell strings for parseDossierTable. Reads textContent only (never markup); a cell's
 * title attribute is used when the text is cut short with "…", as some portals do.
 */
export interface TableText {
  headers: string[];
  rows: string[][];
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function cellText(c: Element): string {
  const text = clean(c.textContent);
  const title = clean(c.getAttribute('title'));
  return text.endsWith('…') && title ? title : text;
}

export function readTable(table: HTMLTableElement): TableText {
  const rows = Array.from(table.rows);
  // The header row: the first row naming at least one known column (some tables have a caption row first).
  const hi = rows.findIndex((r) => Array.from(r.cells).some((c) => headerKey(cellText(c)) !== undefined));
  if (hi < 0) return { headers: [], rows: [] };
  const headers = Array.from(rows[hi]!.cells).map(cellText);
  const body = rows
    .slice(hi + 1)
    .filter((r) => r.cells.length >= Math.min(2, headers.length))
    .map((r) => Array.from(r.cells).map(cellText));
  return { headers, rows: body };
}

/** The table with the most recognised dossier columns that includes "Mã hồ sơ"; undefined when none. */
export function findDossierTable(doc: Document): TableText | undefined {
  let best: TableText | undefined;
  let bestScore = 0;
  for (const t of Array.from(doc.querySelectorAll('table'))) {
    const r = readTable(t as HTMLTableElement);
    const keys = r.headers.map(headerKey);
    if (!keys.includes('code')) continue;
    const score = keys.filter(Boolean).length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}
