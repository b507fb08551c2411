/**
 * `readPapers` for the side panel: checks the files, then hands them to the OCR runtime — the offscreen
 * document in Chrome, or this very page where there is no offscreen API (Firefox). Progress arrives as
 * `ocr:progress` messages; cancelling aborts the job where it runs.
 */
import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { OCR_LIMITS, ocrProgressSchema, paperReadSchema, type PaperInput, type PaperRead, type ReadPapers } from './contract';
import { fromB64, toB64 } from '../crypto/bytes';
import { PENDING_KEY, type PendingPaper } from './pending';

const MIMES: readonly string[] = OCR_LIMITS.mimes;

/** The officer's files checked before anything is read: a Vietnamese message for the first problem. */
export function checkFiles(files: PaperInput[]): string | null {
  if (files.length === 0) return 'Chưa chọn tệp nào.';
  if (files.length > OCR_LIMITS.maxFiles) return `Mỗi lần đọc tối đa ${OCR_LIMITS.maxFiles} tệp.`;
  for (const f of files) {
    if (f.bytes.length === 0) return `Tệp "${f.name}" trống.`;
    if (f.bytes.length > OCR_LIMITS.maxFileBytes) return `Tệp "${f.name}" quá lớn (tối đa 25 MB).`;
    if (!MIMES.includes(f.mime)) return `Tệp "${f.name}" không phải ảnh JPEG, PNG, WebP hay PDF.`;
  }
  return null;
}

const abortError = () => new DOMException('Đã huỷ đọc giấy tờ.', 'AbortError');

export const readPapers: ReadPapers = async (files, opts = {}) => {
  const problem = checkFiles(files);
  if (problem) throw new Error(problem);
  if (opts.signal?.aborted) throw abortError();
  const id = crypto.randomUUID();
  const where = await send<'offscreen' | 'unsupported'>({ type: 'ocr:ensure' });
  if (where === 'unsupported') {
    const { runOcrJob } = await import('./runtime');
    return runOcrJob(id, files, opts);
  }
  const onMessage = (m: unknown) => {
    const p = ocrProgressSchema.safeParse(m);
    if (p.success && p.data.id === id) opts.onProgress?.(p.data);
  };
  const onAbort = () => void browser.runtime.sendMessage({ target: 'offscreen', type: 'ocr:cancel', id }).catch(() => undefined);
  browser.runtime.onMessage.addListener(onMessage);
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const reply = (await browser.runtime.sendMessage({
      target: 'offscreen',
      type: 'ocr:run',
      id,
      files: files.map((f) => ({ name: f.name, mime: f.mime, base64: toB64(f.bytes) })),
    })) as { ok: boolean; data?: unknown; error?: string; cancelled?: boolean } | undefined;
    if (!reply) throw new Error('Bộ đọc giấy tờ không trả lời. Hãy thử lại.');
    if (!reply.ok) throw reply.cancelled ? abortError() : new Error(reply.error ?? 'Đọc giấy tờ không thành công.');
    return paperReadSchema.array().parse(reply.data);
  } finally {
    browser.runtime.onMessage.removeListener(onMessage);
    opts.signal?.removeEventListener('abort', onAbort);
  }
};

/** Reads File objects (picker, drop, paste) into inputs; the type falls back to the name's extension. */
export async function filesToInputs(list: Iterable<File>): Promise<PaperInput[]> {
  const byExt: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', pdf: 'application/pdf' };
  const out: PaperInput[] = [];
  for (const f of list) {
    const ext = f.name.split('.').pop()?.toLowerCase() ?? '';
    out.push({ name: f.name || 'anh-dan.png', mime: f.type || byExt[ext] || 'application/octet-stream', bytes: new Uint8Array(await f.arrayBuffer()) });
  }
  return out;
}

/**
 * The image the officer sent with the right-click "Đọc bằng OCR", taken once (then removed). A pending
 * error (image too big, not reachable) is thrown as an Error with a Vietnamese message.
 */
export async function takePendingPaper(): Promise<PaperInput | null> {
  const got = (await browser.storage.session.get(PENDING_KEY))[PENDING_KEY] as PendingPaper | undefined;
  if (!got) return null;
  await browser.storage.session.remove(PENDING_KEY);
  if ('error' in got) throw new Error(got.error);
  return { name: got.name, mime: got.mime, bytes: fromB64(got.base64) };
}

/** Calls `fn` whenever the right-click menu hands over a new image; returns an unsubscribe function. */
export function onPendingPaper(fn: () => void): () => void {
  const listener = (m: unknown) => {
    if ((m as { type?: string })?.type === 'ocr:pending') fn();
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Whether the right-click menu left an image for "Đọc giấy tờ" (without taking it). */
export async function hasPendingPaper(): Promise<boolean> {
  const got: Record<string, unknown> = await browser.storage.session.get(PENDING_KEY).catch(() => ({}));
  return Boolean(got[PENDING_KEY]);
}
