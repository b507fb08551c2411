import { z } from 'zod';
import { fromB64, randomBytes, toB64 } from '../crypto/bytes';
import { PRODUCT_ITERATIONS } from '../crypto/envelope';
import { DossierRepo } from '../dossier/db';
import { dossierSchema, personFieldsSchema, siteProfileSchema } from '../schema';
import { db } from '../store/db';
import { errorMessage } from '../store/errors';
import { beginJournal, commitJournaled, dismissJournal } from '../store/journal';
import { commitPersons, listPersons, preparePersons } from '../store/persons';
import { listRecipes } from '../store/recipes';

/**
 * Encrypted backup file: everything needed to rebuild the desk on another machine, sealed with a key
 * derived from the passphrase the officer types when saving it. Restore validates the whole file first
 * and then writes in one transaction, so a bad file changes nothing.
 */
export const BACKUP_FORMAT = 'tro-ly-mot-cua/backup';

const fileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  createdAt: z.string(),
  kdf: z.object({ name: z.literal('PBKDF2-SHA-256'), iterations: z.number().int().min(100_000).max(10_000_000), salt: z.string() }),
  iv: z.string(),
  ciphertext: z.string(),
});

const contentSchema = z.object({
  persons: z.array(personFieldsSchema),
  recipes: z.array(siteProfileSchema),
  /** Dossiers with their applicants (absent in backups made before dossiers were included). */
  dossiers: z.array(dossierSchema).optional(),
});

async function keyFor(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, base, { name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
}

export async function createBackup(passphrase: string, iterations = PRODUCT_ITERATIONS): Promise<string> {
  if (passphrase.length < 8) throw new Error('Mật khẩu sao lưu cần ít nhất 8 ký tự.');
  const persons = (await listPersons()).map(({ id: _i, createdAt: _c, updatedAt: _u, lastUsedAt: _l, ...fields }) => fields);
  const dossiers = await new DossierRepo().all();
  const content = JSON.stringify({ persons, recipes: await listRecipes(), dossiers });
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const key = await keyFor(passphrase, salt, iterations);
  const ct = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(content)));
  return JSON.stringify({
    format: BACKUP_FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    kdf: { name: 'PBKDF2-SHA-256', iterations, salt: toB64(salt) },
    iv: toB64(iv),
    ciphertext: toB64(ct),
  });
}

export type RestoreResult = { ok: true; persons: number; recipes: number; dossiers: number; warning?: string } | { ok: false; error: string };

export async function restoreBackup(bytes: Uint8Array, passphrase: string): Promise<RestoreResult> {
  let file: z.infer<typeof fileSchema>;
  try {
    file = fileSchema.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
  } catch {
    return { ok: false, error: 'Tệp không phải bản sao lưu của Trợ lý Một cửa, hoặc đã bị hỏng/cắt cụt. Không có gì thay đổi.' };
  }
  let content: z.infer<typeof contentSchema>;
  try {
    const key = await keyFor(passphrase, fromB64(file.kdf.salt), file.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(file.iv) }, key, fromB64(file.ciphertext));
    content = contentSchema.parse(JSON.parse(new TextDecoder().decode(plain)));
  } catch (err) {
    const wrongKey = err instanceof DOMException || (err as Error)?.name === 'OperationError';
    return {
      ok: false,
      error: wrongKey
        ? 'Mật khẩu sao lưu không đúng, hoặc tệp đã bị sửa. Không có gì thay đổi.'
        : 'Nội dung bản sao lưu không hợp lệ. Không có gì thay đổi.',
    };
  }
  try {
    const entry = await beginJournal('restore', content.persons.length);
    const prepared = await preparePersons(content.persons).catch(async (err: unknown) => {
      await dismissJournal().catch(() => undefined);
      throw err;
    });
    await commitJournaled(entry, [db().persons, db().siteProfiles], async () => {
      await commitPersons(prepared);
      await db().siteProfiles.bulkPut(content.recipes);
    });
  } catch (err) {
    // Storage full, database closed or blocked, locked: one transaction, so nothing was written.
    return { ok: false, error: `Không khôi phục được: ${errorMessage(err)} Dữ liệu hiện có không thay đổi.` };
  }
  // Dossiers live in their own database, so they cannot share the transaction above. They merge by code, so
  // restoring the same file again completes a restore whose dossier part failed, without duplicates.
  const dossiers = content.dossiers ?? [];
  if (dossiers.length) {
    try {
      await new DossierRepo().importMerge(dossiers);
    } catch (err) {
      return {
        ok: true,
        persons: content.persons.length,
        recipes: content.recipes.length,
        dossiers: 0,
        warning: `Đã khôi phục công dân và công thức, nhưng chưa khôi phục được hồ sơ: ${errorMessage(err)} Hãy khôi phục lại từ cùng tệp này.`,
      };
    }
  }
  return { ok: true, persons: content.persons.length, recipes: content.recipes.length, dossiers: dossiers.length };
}
