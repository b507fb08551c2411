import { describe, expect, it } from 'vitest';
import { useImportedSession, openPortal } from './harness';

const session = useImportedSession();

describe('read-back after the fill', () => {
  it('a value the page script wipes is reported, and a value the officer typed is kept and said so', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn', '/frameworks/ghi-de.html');
    await page.locator('#email').fill('ban.tu.go@example.vn');
    await page.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
    // Lê Đức Thắng has no e-mail in his record.
    await page.getByLabel('Tìm công dân').fill('le duc thang');
    await page.getByRole('button', { name: 'Lê Đức Thắng', exact: true }).click();
    await page.getByRole('button', { name: 'Điền tự động' }).click();
    const panel = page.locator('tro-ly-mot-cua .panel');
    await expect.poll(() => panel.textContent()).toMatch(/Đã điền 1\/3 trường/);
    const text = (await panel.textContent()) ?? '';
    expect(text).toContain('Số điện thoại: Trang đã xóa giá trị sau khi điền');
    expect(text).toContain('Thư điện tử: Ô đã có dữ liệu, không ghi đè');
    expect(await page.locator('#hoTen').inputValue()).toBe('Lê Đức Thắng');
    expect(await page.locator('#email').inputValue()).toBe('ban.tu.go@example.vn');
  });
});
