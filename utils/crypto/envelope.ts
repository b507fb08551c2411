import { z } from 'zod';
import { fromB64, randomBytes, toB64 } from './bytes';

/**
 * Envelope encryption: a random 64-byte master secret (32 bytes AES-GCM data key + 32 bytes HMAC key for
 * lookup tokens) is wrapped by a key derived from the officer's passphrase. Changing the passphrase
 * rewraps the master secret only; the data stays as it is.
 */
export const PRODUCT_ITERATIONS = 600_000;

export const vaultSchema = z.object({
  version: z.literal(1),
  kdf: z.literal('PBKDF2-SHA-256'),
  iterations: z.number().int().min(1),
  salt: z.string(),
  iv: z.string(),
  wrapped: z.string(),
  createdAt: z.number(),
});
export type Vault = z.infer<typeof vaultSchema>;

export class WrongPassphraseError extends Error {
  constructor() {
    super('Mật khẩu không đúng.');
  }
}

async function deriveKek(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

const AAD = new TextEncoder().encode('tro-ly-mot-cua/vault/v1');

export async function wrapMaster(master: Uint8Array<ArrayBuffer>, passphrase: string, iterations = PRODUCT_ITERATIONS): Promise<Vault> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(passphrase, salt, iterations);
  const wrapped = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: AAD }, kek, master));
  return { version: 1, kdf: 'PBKDF2-SHA-256', iterations, salt: toB64(salt), iv: toB64(iv), wrapped: toB64(wrapped), createdAt: Date.now() };
}

/** Returns the master secret, or throws WrongPassphraseError (AES-GCM authentication fails: nothing is revealed). */
export async function unwrapMaster(vault: Vault, passphrase: string): Promise<Uint8Array<ArrayBuffer>> {
  const kek = await deriveKek(passphrase, fromB64(vault.salt), vault.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromB64(vault.iv), additionalData: AAD }, kek, fromB64(vault.wrapped)));
  } catch {
    throw new WrongPassphraseError();
  }
}

export function newMaster(): Uint8Array<ArrayBuffer> {
  return randomBytes(64);
}

/** Passphrase rules shown to the officer; returns a Vietnamese reason or undefined when acceptable. */
export function passphraseProblem(passphrase: string, repeat: string): string | undefined {
  if (passphrase.length < 8) return 'Mật khẩu cần ít nhất 8 ký tự.';
  if (passphrase !== repeat) return 'Hai mật khẩu không giống nhau.';
  return undefined;
}
