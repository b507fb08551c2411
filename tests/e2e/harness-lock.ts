import type { Page } from 'playwright-core';

export const TEST_PASSPHRASE = 'mat-khau-thu-nghiem-2026';

/** Creates the passphrase on first run or unlocks later, whichever the page asks for. */
export async function passLockGate(page: Page, passphrase = TEST_PASSPHRASE): Promise<void> {
  const create = page.getByRole('button', { name: 'Tạo', exact: true });
  const open = page.getByRole('button', { name: 'Mở khóa', exact: true });
  const ready = page.locator('main').filter({ hasNotText: 'Đang mở…' });
  await ready.first().waitFor();
  if (await create.isVisible()) {
    await page.getByLabel('Mật khẩu mới').fill(passphrase);
    await page.getByLabel('Nhập lại mật khẩu').fill(passphrase);
    await create.click();
  } else if (await open.isVisible()) {
    await page.getByLabel('Mật khẩu', { exact: true }).fill(passphrase);
    await open.click();
  }
  await create.or(open).waitFor({ state: 'detached', timeout: 15_000 });
}
