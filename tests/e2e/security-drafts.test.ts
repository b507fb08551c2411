import { describe, expect, it } from 'vitest';
import { useImportedSession, openPortal } from './harness';

const session = useImportedSession();

describe('draft recovery', () => {
  it('restores what was typed after the portal tab reloads and the service worker is stopped', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn');
    await page.locator('#hoTen').pressSequentially('Nguyễn Thị Mai');
    await page.locator('#soDinhDanh').fill('001190011223');
    await page.locator('#thuongTru').fill('Số 5 ngõ 10, Phường Cửa Nam, Thành phố Hà Nội');
    await page.locator('#maXacNhan').fill('7K2P');
    await page.locator('#matKhau').fill('bi-mat');
    await page.locator('#gioiTinh').selectOption('2');
    await page.locator('#email').click(); // leaving a field saves at once
    await page.waitForTimeout(1200);

    const cdp = await session().context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.reload();

    const restore = page.getByRole('button', { name: 'Khôi phục bản nháp' });
    await restore.waitFor({ timeout: 15_000 });
    expect(await page.locator('#hoTen').inputValue()).toBe('');
    await restore.click();
    await expect.poll(() => page.locator('#hoTen').inputValue()).toBe('Nguyễn Thị Mai');
    expect(await page.locator('#soDinhDanh').inputValue()).toBe('001190011223');
    expect(await page.locator('#thuongTru').inputValue()).toBe('Số 5 ngõ 10, Phường Cửa Nam, Thành phố Hà Nội');
    expect(await page.locator('#gioiTinh').inputValue()).toBe('2');
    // Captchas and passwords are never kept.
    expect(await page.locator('#maXacNhan').inputValue()).toBe('');
    expect(await page.locator('#matKhau').inputValue()).toBe('');
  });

  it('deletes the draft once the submit went through', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn');
    const restore = page.getByRole('button', { name: 'Khôi phục bản nháp' });
    await restore.waitFor({ timeout: 15_000 });
    await restore.click();
    await page.locator('#ngaySinh').fill('1990-05-01');
    await page.getByRole('button', { name: 'Nộp hồ sơ' }).click();
    await page.getByText('Đã nộp hồ sơ thành công').waitFor();
    await page.waitForTimeout(500);
    await page.goto(session().server.url('dichvucong.gov.vn', '/'));
    await page.waitForTimeout(1500);
    expect(await restore.count()).toBe(0);
  });
});
