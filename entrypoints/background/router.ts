import type { Runtime } from 'webextension-polyfill';
import { requestSchema, type Request } from '../../utils/messaging/protocol';
import { errorMessage } from '../../utils/store/errors';

type Parsed = ReturnType<typeof requestSchema.parse>;
export type Handler<T extends Parsed['type']> = (req: Extract<Parsed, { type: T }>, sender: Runtime.MessageSender) => Promise<unknown>;
export type Handlers = { [K in Parsed['type']]?: Handler<K> };

const table: Handlers = {};

export function register(handlers: Handlers): void {
  Object.assign(table, handlers);
}

/** Validates a message and answers `{ ok, data | error }`; unknown or malformed messages are refused. */
export async function dispatch(message: unknown, sender: Runtime.MessageSender): Promise<{ ok: true; data: unknown } | { ok: false; error: string }> {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return { ok: false, error: 'Yêu cầu không hợp lệ.' };
  const handler = table[parsed.data.type] as ((r: Request, s: Runtime.MessageSender) => Promise<unknown>) | undefined;
  if (!handler) return { ok: false, error: 'Chức năng chưa sẵn sàng.' };
  try {
    return { ok: true, data: await handler(parsed.data as Request, sender) };
  } catch (err) {
    // Storage failures (full disk, blocked or closed database) reach the page as Vietnamese advice.
    return { ok: false, error: err instanceof Error ? errorMessage(err) : 'Đã có lỗi xảy ra.' };
  }
}
