import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_PASSPHRASE, useImportedSession } from './harness';

const session = useImportedSession();
const NEW_PASSPHRASE = 'mat-khau-moi-cua-ban-2026';

/** What auto-lock does in the background: the session key is dropped. */
async function lockFromBackground() {
  await session().worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: { storage: { session: { remove(k: string[]): Promise<void> } } } }).chrome.storage.session.remove([
      'masterKey',
      'lastActivity',
    ]);
  });
}

describe('data protection settings in the real extension', () => {
  it('changes the passphrase without re-encrypting, and an open page locks when the background locks', async () => {
    const page = await session().context.newPage();
    await page.goto(session().extUrl('options.html'));
    await page.getByRole('heading', { name: 'Bảo vệ dữ liệu' }).waitFor();
    expect(await page.getByLabel('Xoá công dân không dùng đến sau (ngày)').inputValue()).toBe('90');

    await page.getByLabel('Tự khóa sau (phút không thao tác)').fill('5');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await page.getByText('Đã lưu cài đặt bảo vệ dữ liệu.').waitFor();

    await page.getByLabel('Mật khẩu hiện tại').fill('sai-mat-khau-123');
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText('Mật khẩu không đúng.').waitFor();

    await page.getByLabel('Mật khẩu hiện tại').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.getByText(/Đã đổi mật khẩu\. Dữ liệu không cần mã hoá lại/).waitFor();
    // The heading line carries the number of citizens (its wording follows the browser's UI language).
    const count = page.locator('main > p.muted').first();
    await expect.poll(() => count.textContent()).toMatch(/\d/);
    const before = await count.textContent();

    // Auto-lock in the background reaches this already-open page (it drops its copy of the key);
    // what the officer was typing on the page is still there after unlocking.
    await page.getByLabel('Xoá công dân không dùng đến sau (ngày)').fill('120');
    await lockFromBackground();
    await page.getByRole('button', { name: 'Mở khóa', exact: true }).waitFor({ timeout: 15_000 });
    await page.getByLabel('Mật khẩu', { exact: true }).fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Mở khóa', exact: true }).click();
    await page.getByText('Mật khẩu không đúng.').waitFor();
    await page.getByLabel('Mật khẩu', { exact: true }).fill(NEW_PASSPHRASE);
    await page.getByRole('button', { name: 'Mở khóa', exact: true }).click();
    await page.getByRole('heading', { name: 'Bảo vệ dữ liệu' }).waitFor();
    await expect.poll(() => count.textContent()).toBe(before);
    expect(await page.getByLabel('Tự khóa sau (phút không thao tác)').inputValue()).toBe('5');
    expect(await page.getByLabel('Xoá công dân không dùng đến sau (ngày)').inputValue()).toBe('120');
    await page.close();
  });

  it('an import cut off by closing the page is reported at the next open, and can be dismissed', async () => {
    const page = await session().context.newPage();
    await page.goto(session().extUrl('options.html'));
    await page.getByRole('heading', { name: 'Bảo vệ dữ liệu' }).waitFor();
    // The state an import leaves when the page dies between its journal note and its transaction.
    await page.evaluate(async () => {
      const dbx = await new Promise<IDBDatabase>((ok) => {
        const r = indexedDB.open('tro-ly-mot-cua');
        r.onsuccess = () => ok(r.result);
      });
      await new Promise<void>((ok) => {
        const tx = dbx.transaction('meta', 'readwrite');
        tx.objectStore('meta').put({ key: 'writeJournal', value: { kind: 'import', count: 120, startedAt: Date.now(), state: 'running' } });
        tx.oncomplete = () => ok();
      });
      dbx.close();
    });
    await page.close();
    const again = await session().context.newPage();
    await again.goto(session().extUrl('options.html'));
    const notice = again.getByRole('alert').filter({ hasText: 'Lần nhập 120 công dân' });
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/đã bị gián đoạn.*Không có dữ liệu nào của lần đó được ghi: hãy làm lại\./);
    await notice.getByRole('button', { name: 'Đã hiểu' }).click();
    await notice.waitFor({ state: 'detached' });
    await again.reload();
    await again.getByRole('heading', { name: 'Bảo vệ dữ liệu' }).waitFor();
    expect(await again.getByText('Lần nhập 120 công dân').count()).toBe(0);
    await again.close();
  });

  it('closing the options page in the middle of a large import writes none of it and says so at the next open', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'troly-import-'));
    const file = join(dir, 'lon.json');
    const many = Array.from({ length: 20_000 }, (_, i) => ({ idNumber: String(300000000000 + i), fullName: `Công Dân Thử ${i}` }));
    writeFileSync(file, JSON.stringify(many));
    const page = await session().context.newPage();
    await page.goto(session().extUrl('options.html'));
    await page.getByRole('heading', { name: 'Bảo vệ dữ liệu' }).waitFor();
    const count = page.locator('main > p.muted').first();
    await expect.poll(() => count.textContent()).toMatch(/\d/);
    const before = await count.textContent();
    await page.getByLabel('Nhập dữ liệu công dân').setInputFiles(file);
    // Wait until the import has started writing (its journal note is there), then close the page.
    await expect
      .poll(
        () =>
          session().worker.evaluate(async () => {
            const dbx = await new Promise<IDBDatabase>((ok) => {
              const r = indexedDB.open('tro-ly-mot-cua');
              r.onsuccess = () => ok(r.result);
            });
            const v = await new Promise<unknown>((ok) => {
              const r = dbx.transaction('meta').objectStore('meta').get('writeJournal');
              r.onsuccess = () => ok(r.result);
            });
            dbx.close();
            return (v as { value?: { state?: string } } | undefined)?.value?.state ?? 'none';
          }),
        { timeout: 20_000, interval: 50 },
      )
      .toBe('running');
    await page.close();

    const again = await session().context.newPage();
    await again.goto(session().extUrl('options.html'));
    await again.getByRole('alert').filter({ hasText: 'Lần nhập 20000 công dân' }).waitFor();
    const countAgain = again.locator('main > p.muted').first();
    await expect.poll(() => countAgain.textContent()).toBe(before);
    await again.close();
  });
});
