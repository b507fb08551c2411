import { describe, expect, it } from 'vitest';
import demo from '../fixtures/demo-citizens.json' with { type: 'json' };
import { useImportedSession } from './harness';

const session = useImportedSession();

describe('encryption at rest in the real extension', () => {
  it("keeps no citizen's name or number in plain text in the extension's IndexedDB", async () => {
    const dump = await session().worker.evaluate(async () => {
      const out: string[] = [];
      for (const info of await indexedDB.databases()) {
        const dbx = await new Promise<IDBDatabase>((ok, ko) => {
          const r = indexedDB.open(info.name!);
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
        for (const store of Array.from(dbx.objectStoreNames)) {
          const rows = await new Promise<unknown[]>((ok) => {
            const r = dbx.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => ok(r.result);
          });
          out.push(JSON.stringify(rows));
        }
        dbx.close();
      }
      return out.join('\n');
    });
    expect(dump.length).toBeGreaterThan(1000);
    for (const p of demo) {
      expect(dump).not.toContain(p.idNumber);
      expect(dump).not.toContain(p.fullName);
      expect(dump.toLowerCase()).not.toContain(p.fullName.split(' ').at(-1)!.toLowerCase() + '"');
    }
  });
});
