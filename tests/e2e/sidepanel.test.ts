import { describe, expect, it } from 'vitest';
import { useImportedSession, passLockGate } from './harness';

const session = useImportedSession();

describe('side panel (officer workspace)', () => {
  it('searches by name without diacritics, chooses the active citizen and edits the record', async () => {
    const page = await session().context.newPage();
    await page.goto(session().extUrl('sidepanel.html'));
    await passLockGate(page);
    const list = page.getByRole('list', { name: 'Danh sách công dân' });
    await page.getByLabel(/Tìm công dân/).fill('tran thi bich');
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await expect(list.textContent()).resolves.toContain('Trần Thị Bích Ngọc');

    await page.getByRole('button', { name: 'Chọn Trần Thị Bích Ngọc' }).click();
    await page.getByText('Công dân đang chọn: Trần Thị Bích Ngọc').waitFor();

    await page.getByRole('button', { name: 'Xem Trần Thị Bích Ngọc' }).click();
    const form = page.getByRole('form', { name: 'Hồ sơ công dân' });
    await form.getByLabel('Số định danh cá nhân').fill('12345');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await expect(form.getByRole('status').textContent()).resolves.toContain('Chưa lưu');

    await form.getByLabel('Số định danh cá nhân').fill('048195004321');
    await form.getByLabel('Số điện thoại').fill('0905999888');
    await form.getByRole('button', { name: 'Lưu' }).click();
    await form.getByText('Đã lưu.').waitFor();

    await form.getByRole('button', { name: 'Đóng' }).click();
    await page.getByLabel(/Tìm công dân/).fill('048195004321');
    await page.getByRole('button', { name: 'Xem Trần Thị Bích Ngọc' }).click();
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe('0905999888');
  });
});
