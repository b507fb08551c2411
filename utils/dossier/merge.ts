import type { Dossier } from '../schema';

/**
 * De-duplication by dossier code, used for re-imports and for merging several officers' exports into one
 * supervisor view. The copy that knows more wins field by field: a resolution recorded anywhere is kept
 * (a dossier never goes back to open), otherwise the most recently updated copy's values take precedence.
 */
export function mergeDossier(a: Dossier, b: Dossier): Dossier {
  const [older, newer] = (a.updatedAt ?? 0) <= (b.updatedAt ?? 0) ? [a, b] : [b, a];
  const out: Record<string, unknown> = { ...older };
  for (const [k, v] of Object.entries(newer)) if (v !== undefined && v !== '') out[k] = v;
  out.resolvedAt = newer.resolvedAt ?? older.resolvedAt;
  if (!out.resolvedAt) delete out.resolvedAt;
  return out as Dossier;
}

export function dedupeDossiers(...lists: Dossier[][]): Dossier[] {
  const byCode = new Map<string, Dossier>();
  for (const list of lists) {
    for (const d of list) {
      const key = d.code.trim().toUpperCase();
      const prev = byCode.get(key);
      byCode.set(key, prev ? mergeDossier(prev, d) : d);
    }
  }
  return [...byCode.values()];
}

export interface MergePlan {
  merged: Dossier[];
  added: number;
  updated: number;
  unchanged: number;
}

/** What merging incoming dossiers into existing ones would do (shown before committing). */
export function planMerge(existing: Map<string, Dossier>, incoming: Dossier[]): MergePlan {
  const merged: Dossier[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const d of dedupeDossiers(incoming)) {
    const prev = existing.get(d.code);
    if (!prev) {
      added++;
      merged.push(d);
      continue;
    }
    const m = mergeDossier(prev, d);
    const same = JSON.stringify({ ...m, updatedAt: 0 }) === JSON.stringify({ ...prev, updatedAt: 0 });
    if (same) unchanged++;
    else {
      updated++;
      merged.push(m);
    }
  }
  return { merged, added, updated, unchanged };
}
