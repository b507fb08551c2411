import { lockedCodec, setCodec } from '../store/codec';
import { getMeta, setMeta } from '../store/meta';
import { fromB64, toB64 } from './bytes';
import { makeCryptoCodec } from './codec';
import { newMaster, PRODUCT_ITERATIONS, unwrapMaster, vaultSchema, wrapMaster, type Vault } from './envelope';

/**
 * The unlocked master secret lives only in session storage (chrome.storage.session: memory, cleared when the
 * browser closes, readable by the extension's own pages and background but not by content scripts).
 */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string | string[]): Promise<void>;
}

function memoryArea(): SessionArea {
  const m = new Map<string, unknown>();
  return {
    get: async (k) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => m.set(k, v)),
    remove: async (k) => void (Array.isArray(k) ? k : [k]).forEach((x) => m.delete(x)),
  };
}

function defaultArea(): SessionArea {
  const c = (globalThis as { chrome?: { storage?: { session?: SessionArea } } }).chrome;
  return c?.storage?.session ?? memoryArea();
}

let area: SessionArea | undefined;
export const sessionArea = (): SessionArea => (area ??= defaultArea());
export function useSessionArea(a: SessionArea): void {
  area = a;
}

const MASTER = 'masterKey';
const ACTIVITY = 'lastActivity';
const VAULT = 'vault';

export type VaultState = 'none' | 'locked' | 'unlocked';

async function install(master: Uint8Array<ArrayBuffer>): Promise<void> {
  setCodec(await makeCryptoCodec(master));
}

export async function getVault(): Promise<Vault | undefined> {
  const v = await getMeta<unknown>(VAULT);
  return v ? vaultSchema.parse(v) : undefined;
}

/** Loads the session's key into this context if the officer has unlocked in this browser session. */
export async function restoreSession(): Promise<VaultState> {
  if (!(await getVault())) return 'none';
  const got = await sessionArea().get(MASTER);
  const b64 = got[MASTER];
  if (typeof b64 !== 'string') {
    setCodec(lockedCodec);
    return 'locked';
  }
  await install(fromB64(b64));
  return 'unlocked';
}

export async function createVault(passphrase: string, iterations = PRODUCT_ITERATIONS): Promise<void> {
  if (await getVault()) throw new Error('Đã có mật khẩu. Hãy dùng "Mở khóa" hoặc "Đổi mật khẩu".');
  const master = newMaster();
  await setMeta(VAULT, await wrapMaster(master, passphrase, iterations));
  await startSession(master);
}

export async function unlock(passphrase: string): Promise<void> {
  const vault = await getVault();
  if (!vault) throw new Error('Chưa tạo mật khẩu.');
  await startSession(await unwrapMaster(vault, passphrase));
}

async function startSession(master: Uint8Array<ArrayBuffer>): Promise<void> {
  await sessionArea().set({ [MASTER]: toB64(master), [ACTIVITY]: Date.now() });
  await install(master);
}

export async function lock(): Promise<void> {
  await sessionArea().remove([MASTER, ACTIVITY]);
  setCodec(lockedCodec);
}

/** Re-wraps the same master secret: no record is re-encrypted. */
export async function changePassphrase(oldPassphrase: string, newPassphrase: string, iterations = PRODUCT_ITERATIONS): Promise<void> {
  const vault = await getVault();
  if (!vault) throw new Error('Chưa tạo mật khẩu.');
  const master = await unwrapMaster(vault, oldPassphrase);
  await setMeta(VAULT, await wrapMaster(master, newPassphrase, iterations));
}

export async function touchActivity(): Promise<void> {
  const got = await sessionArea().get(MASTER);
  if (typeof got[MASTER] === 'string') await sessionArea().set({ [ACTIVITY]: Date.now() });
}

/** Locks when the officer has been idle longer than the limit; returns true when it locked. */
export async function lockIfIdle(idleMinutes: number, now = Date.now()): Promise<boolean> {
  const got = await sessionArea().get(ACTIVITY);
  const last = got[ACTIVITY];
  if (typeof last !== 'number') return false;
  if (now - last < idleMinutes * 60_000) return false;
  await lock();
  return true;
}
