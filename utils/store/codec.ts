/**
 * How person bodies and lookup keys are stored. Plain for now; the encryption-at-rest work swaps
 * this module's implementation (AES-GCM bodies, keyed hashes for keys) without changing callers.
 */
export interface RecordCodec {
  seal(plain: string): Promise<string>;
  open(sealed: string): Promise<string>;
  /** A lookup key for an already-normalised token (ID number, folded name word). */
  key(token: string): Promise<string>;
}

export const plainCodec: RecordCodec = {
  seal: async (s) => s,
  open: async (s) => s,
  key: async (t) => t,
};

let current: RecordCodec = plainCodec;
export function codec(): RecordCodec {
  return current;
}
export function setCodec(next: RecordCodec): void {
  current = next;
}
