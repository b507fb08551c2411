/**
 * One place that turns IndexedDB/Dexie failures into messages an officer can act on. Every write path
 * (persons, backup restore, settings, recipes, audit, drafts) goes through `guardWrite`, so "storage full"
 * or "another tab holds the database" is never a silent loss or an English stack trace.
 */
export type StoreErrorKind = 'quota' | 'blocked' | 'closed' | 'version' | 'unavailable' | 'unknown';

export const STORE_MESSAGES: Record<StoreErrorKind, string> = {
  quota:
    'Bộ nhớ trình duyệt đã đầy: hãy xoá bớt dữ liệu cũ (bản nháp, công dân không còn cần) hoặc tạo bản sao lưu rồi xoá, sau đó thử lại.',
  blocked:
    'Cơ sở dữ liệu đang bị một thẻ khác giữ (trang Cài đặt hoặc bảng bên của phiên bản cũ). Hãy đóng hoặc tải lại các thẻ Trợ lý Một cửa khác rồi thử lại.',
  closed:
    'Cơ sở dữ liệu vừa bị đóng (tiện ích đang được cập nhật hoặc trình duyệt đang tắt). Hãy tải lại trang này rồi thử lại.',
  version: 'Cơ sở dữ liệu đã được phiên bản mới hơn của tiện ích nâng cấp. Hãy tải lại trang này (hoặc khởi động lại trình duyệt) rồi thử lại.',
  unavailable:
    'Trình duyệt không cho ghi dữ liệu lúc này (đang tắt, chế độ ẩn danh hoặc hồ sơ trình duyệt bị khoá). Hãy tải lại trang rồi thử lại.',
  unknown: 'Trình duyệt báo lỗi khi ghi dữ liệu (có thể ổ đĩa đầy hoặc hồ sơ trình duyệt bị hỏng). Hãy tải lại trang rồi thử lại.',
};

export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    /** What was being done, e.g. "nhập dữ liệu công dân". */
    readonly action?: string,
  ) {
    super(`${action ? `Không ${action} được. ` : ''}${STORE_MESSAGES[kind]}`);
    this.name = 'StoreError';
  }
}

const BY_NAME: Record<string, StoreErrorKind> = {
  QuotaExceededError: 'quota',
  DatabaseClosedError: 'closed',
  VersionError: 'version',
  VersionChangeError: 'version',
  UpgradeError: 'version',
  InvalidStateError: 'unavailable',
  MissingAPIError: 'unavailable',
  // Chromium reports a full disk or a damaged LevelDB as UnknownError. DataError and the like are bugs, not
  // something the officer can fix, so they keep their own message.
  UnknownError: 'unknown',
};

/** Dexie wraps the browser's error (inner, failures of a BulkError, cause); look through the wrappers. */
function causes(err: unknown, depth = 0): unknown[] {
  if (!err || typeof err !== 'object' || depth > 4) return [];
  const e = err as { inner?: unknown; cause?: unknown; failures?: unknown };
  const failures = Array.isArray(e.failures) ? e.failures : e.failures && typeof e.failures === 'object' ? Object.values(e.failures) : [];
  return [err, ...causes(e.inner, depth + 1), ...causes(e.cause, depth + 1), ...failures.flatMap((f) => causes(f, depth + 1))];
}

/** The kind of storage failure, or undefined for errors that are not about storage (validation, lock…). */
export function storeErrorKind(err: unknown): StoreErrorKind | undefined {
  if (err instanceof StoreError) return err.kind;
  const chain = causes(err);
  // Quota first: a transaction aborted because of the quota surfaces as AbortError wrapping it.
  for (const want of ['quota', 'version', 'closed', 'unavailable', 'unknown'] as const) {
    if (chain.some((c) => BY_NAME[(c as { name?: string }).name ?? ''] === want)) return want;
  }
  if (chain.some((c) => (c as { name?: string }).name === 'AbortError') && isBlocked()) return 'blocked';
  return undefined;
}

/** Returns a StoreError for storage failures and the error itself otherwise (its message is already Vietnamese). */
export function toStoreError(err: unknown, action?: string): unknown {
  if (err instanceof StoreError) return err;
  const kind = storeErrorKind(err);
  return kind ? new StoreError(kind, action) : err;
}

/** Runs a storage operation and rethrows storage failures as Vietnamese StoreErrors. */
export async function guardWrite<T>(action: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toStoreError(err, action);
  }
}

/** A message for any error shown to the officer. */
export function errorMessage(err: unknown): string {
  const mapped = toStoreError(err);
  return mapped instanceof Error ? mapped.message : String(mapped);
}

// Set by db.ts when an upgrade of this database waits for another tab to let go of it.
let blockedAt: number | undefined;
export function setBlocked(on: boolean): void {
  blockedAt = on ? Date.now() : undefined;
}
export function isBlocked(): boolean {
  return blockedAt !== undefined;
}
