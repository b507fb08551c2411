import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useImportedSession, openPortal } from './harness';

const session = useImportedSession();

const bubble = (page: Page) => page.locator('tro-ly-guide .guide-bubble[role=dialog]');

async function spotGap(page: Page, target: Locator): Promise<number> {
  const a = await page.locator('tro-ly-guide [data-guide-spotlight]').boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) return 999;
  return Math.max(Math.abs(a.x + 4 - b.x), Math.abs(a.y + 4 - b.y), Math.abs(a.width - 8 - b.width), Math.abs(a.height - 8 - b.height));
}

describe('walkthrough after a fill', () => {
  it('"Hướng dẫn công dân" walks every filled field with plain explanations and ends on the submit button', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn');
    await page.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
    await page.getByLabel('Tìm công dân').fill('nguyen van an');
    await page.getByRole('button', { name: 'Nguyễn Văn An', exact: true }).click();
    await page.getByRole('button', { name: 'Điền tự động' }).click();
    await page.getByText(/Đã điền 12\/12 trường/).waitFor();
    await page.getByRole('button', { name: 'Hướng dẫn công dân' }).click();

    // 12 filled fields + the submit button.
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 1/13');
    await expect.poll(() => spotGap(page, page.locator('#hoTen'))).toBeLessThan(3);
    expect(await bubble(page).textContent()).toContain('Kiểm tra chữ và dấu');

    await bubble(page).getByRole('button', { name: 'Tiếp' }).click();
    await bubble(page).getByRole('button', { name: 'Tiếp' }).click();
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 3/13');
    expect(await bubble(page).textContent()).toContain('Kiểm tra ngày sinh có đúng với giấy khai sinh');
    await expect.poll(() => spotGap(page, page.locator('#ngaySinh'))).toBeLessThan(3);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 2/13');

    // Large text for older citizens.
    const before = (await bubble(page).boundingBox())!.width;
    await bubble(page).getByRole('button', { name: 'Chữ lớn' }).click();
    await expect.poll(async () => (await bubble(page).boundingBox())!.width).toBeGreaterThan(before);

    // Voice: read aloud with a Vietnamese voice, or say clearly that there is none.
    const hasVi = await page.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('vi')));
    await bubble(page).getByRole('button', { name: 'Đọc to' }).click();
    if (!hasVi) await expect.poll(() => bubble(page).textContent()).toContain('Máy này chưa có giọng đọc tiếng Việt');

    for (let i = 2; i < 13; i++) await bubble(page).getByRole('button', { name: 'Tiếp' }).click();
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 13/13');
    const last = (await bubble(page).textContent()) ?? '';
    expect(last).toContain('Bấm "Nộp hồ sơ"');
    expect(last).toContain('mã hồ sơ');
    await expect.poll(() => spotGap(page, page.locator('#nop'))).toBeLessThan(3);
    // The citizen presses submit themselves: the walkthrough never does.
    expect(page.url()).not.toContain('/nop');
    await page.keyboard.press('Escape');
    await expect.poll(() => bubble(page).count()).toBe(0);
  });
});
