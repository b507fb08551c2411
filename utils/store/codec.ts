/**
 * How record bodies and lookup keys are stored. Once the officer unlocks, utils/crypto/session.ts installs
 * an AES-GCM + HMAC codec; until then the locked codec refuses every read and write, so nothing personal
 * can ever be written in plain text by a context that forgot to unlock.
 */
export interface RecordCodec {
  seal(plain: string): Promise<string>;
  open(sealed: string): Promise<string>;
  /** A lookup key for an already-normalised token (ID number, folded name word). */
  key(token: string): Promise<string>;
}

/** Only for unit tests of code that does not care about encryption. */
export const plainCodec: RecordCodec = {
  seal: async (s) => s,
  open: async (s) => s,
  key: async (t) => t,
};

export class LockedError extends Error {
  constructor() {
    super('Trợ lý Một cửa đang khóa. Hãy mở khóa (nhập mật khẩu) trong bảng bên hoặc trang Cài đặt.');
  }
}

export const lockedCodec: RecordCodec = {
  seal: async () => {
    throw new LockedError();
  },
  open: async () => {
    throw new LockedError();
  },
  key: async () => {
    throw new LockedError();
  },
};

let current: RecordCodec = lockedCodec;
export function codec(): RecordCodec {
  return current;
}
export function setCodec(next: RecordCodec): void {
  current = next;
}
