import { browser } from 'wxt/browser';
import type { Request } from './protocol';

/** The background answers `{ ok: true, data }` or `{ ok: false, error }` (a Vietnamese message). */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export async function send<T = unknown>(request: Request): Promise<T> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<T> | undefined;
  if (!reply) throw new Error('Không liên lạc được với tiện ích. Hãy tải lại trang.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
