import Dexie, { type EntityTable } from 'dexie';
import { guideSchema, type Guide } from './schema';

/**
 * Recorded guides, in their own IndexedDB database for now (separate from the citizens' one). Guides hold
 * labels, notes and blurred screenshots only, never a citizen's values, so they are not encrypted.
 */
export type GuidesDb = Dexie & { guides: EntityTable<Guide, 'id'> };

export const GUIDES_DB_NAME = 'tro-ly-mot-cua-guides';

export function openGuidesDb(name = GUIDES_DB_NAME): GuidesDb {
  const db = new Dexie(name) as GuidesDb;
  // Add a new version() for each schema change; never edit old ones.
  db.version(1).stores({ guides: 'id, title, updatedAt' });
  return db;
}

export class GuideStore {
  constructor(private db: GuidesDb = openGuidesDb()) {}

  async save(guide: Guide): Promise<Guide> {
    const g = guideSchema.parse({ ...guide, updatedAt: new Date().toISOString() });
    await this.db.guides.put(g);
    return g;
  }

  get(id: string): Promise<Guide | undefined> {
    return this.db.guides.get(id);
  }

  /** Newest first. */
  async list(): Promise<Guide[]> {
    return (await this.db.guides.orderBy('updatedAt').reverse().toArray()) as Guide[];
  }

  delete(id: string): Promise<void> {
    return this.db.guides.delete(id);
  }

  /** All-or-nothing: one transaction, so a failure leaves the stored guides as they were. */
  async importAll(guides: Guide[]): Promise<number> {
    const parsed = guides.map((g) => guideSchema.parse(g));
    await this.db.transaction('rw', this.db.guides, () => this.db.guides.bulkPut(parsed));
    return parsed.length;
  }
}
