/**
 * Chrome's offscreen document (reason WORKERS): hosts the OCR runtime so tesseract's worker and wasm live off
 * the portal page and outside the service worker, which may be stopped at any time.
 */
import { browser } from 'wxt/browser';
import { fromB64 } from '../../utils/crypto/bytes';
import { isForOffscreen, offscreenRequestSchema } from '../../utils/ocr/messages';
import { runOcrJob, setOnReleased } from '../../utils/ocr/runtime';

const jobs = new Map<string, AbortController>();

// The idle worker is gone: the background closes this document too.
setOnReleased(() => void browser.runtime.sendMessage({ type: 'ocr:release' }).catch(() => undefined));

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isForOffscreen(message)) return undefined;
  const parsed = offscreenRequestSchema.safeParse(message);
  if (!parsed.success) return Promise.resolve({ ok: false, error: 'Yêu cầu đọc giấy tờ không hợp lệ.' });
  const req = parsed.data;
  if (req.type === 'ocr:ping') return Promise.resolve({ ok: true, data: 'pong' });
  if (req.type === 'ocr:cancel') {
    jobs.get(req.id)?.abort();
    return Promise.resolve({ ok: true, data: null });
  }
  const controller = new AbortController();
  jobs.set(req.id, controller);
  const files = req.files.map((f) => ({ name: f.name, mime: f.mime, bytes: fromB64(f.base64) }));
  return runOcrJob(req.id, files, {
    signal: controller.signal,
    onProgress: (p) => void browser.runtime.sendMessage(p).catch(() => undefined),
  })
    .then((data) => ({ ok: true, data }))
    .catch((err: unknown) => ({
      ok: false,
      cancelled: err instanceof DOMException && err.name === 'AbortError',
      error: err instanceof Error ? err.message : 'Đọc giấy tờ không thành công.',
    }))
    .finally(() => jobs.delete(req.id));
});
