// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LockGate } from '../../components/lock/LockGate';
import { createVault, lock, useSessionArea } from '../../utils/crypto/session';
import { db } from '../../utils/store/db';
import { StoreError } from '../../utils/store/errors';

function memory() {
  const m = new Map<string, unknown>();
  return {
    get: async (k: string) => (m.has(k) ? { [k]: m.get(k) } : {}),
    set: async (items: Record<string, unknown>) => void Object.entries(items).forEach(([k, v]) => m.set(k, v)),
    remove: async (k: string | string[]) => void (Array.isArray(k) ? k : [k]).forEach((x) => m.delete(x)),
  };
}

const until = async (check: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timeout; page: ${document.body.textContent}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};
const text = () => document.body.textContent ?? '';

let root: HTMLElement;
beforeEach(async () => {
  await lock();
  useSessionArea(memory());
  await db().meta.clear();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('lock gate', () => {
  it('first run: asks for a passphrase twice and says that forgetting it means restoring a backup', async () => {
    render(<LockGate><p>Hồ sơ mật</p></LockGate>, root);
    await until(() => text().includes('Tạo mật khẩu'));
    expect(text()).toContain('nếu quên, bạn chỉ có thể khôi phục từ bản sao lưu');
    expect(root.querySelectorAll('input[type=password]')).toHaveLength(2);
    expect(text()).not.toContain('Hồ sơ mật');
  });

  it('a wrong passphrase says so and shows nothing of the data', async () => {
    await createVault('mat khau dung 123', 1000);
    await lock();
    render(<LockGate><p>Danh sách công dân</p></LockGate>, root);
    await until(() => text().includes('Mở khóa dữ liệu'));
    (root.querySelector('input[name=pass]') as HTMLInputElement).value = 'mat khau sai 456';
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true, bubbles: true }));
    await until(() => text().includes('Mật khẩu không đúng.'));
    expect(text()).not.toContain('Danh sách công dân');
  });

  it('a storage failure a page did not handle is shown to the officer in Vietnamese', async () => {
    await createVault('mat khau dung 123', 1000);
    render(<LockGate><p>Trang</p></LockGate>, root);
    await until(() => text().includes('Trang'));
    const event = new Event('unhandledrejection') as PromiseRejectionEvent;
    Object.assign(event, { reason: new StoreError('quota', 'lưu công dân'), promise: Promise.resolve() });
    window.dispatchEvent(event);
    await until(() => text().includes('Bộ nhớ trình duyệt đã đầy'));
    expect(root.querySelector('[role=alert]')?.textContent).toMatch(/^Không lưu công dân được\. Bộ nhớ trình duyệt đã đầy/);
  });
});
