import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { importCitizens, launch, openPortal, type Session } from './harness';

let s: Session;
beforeAll(async () => {
  s = await launch();
  await importCitizens(s);
  await importCitizens(s, resolve(import.meta.dirname, '../fixtures/portals/frameworks/old-units-citizen.json'));
});
afterAll(async () => {
  await s?.close();
});

async function openOverlay(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
  await page.getByLabel('Tìm công dân').waitFor();
}

describe('capture, teach mode and old administrative units', () => {
  it('"Lấy dữ liệu từ trang" turns a read-only detail page into a new citizen record that the next portal can use', async () => {
    const page = await openPortal(s, 'dichvucong.gov.vn', '/frameworks/chi-tiet.html');
    await openOverlay(page);
    await page.getByRole('tab', { name: 'Lấy dữ liệu từ trang' }).click();
    await page.getByRole('button', { name: 'Đọc dữ liệu trên trang' }).click();
    const panel = page.locator('tro-ly-mot-cua .panel');
    await expect.poll(() => panel.textContent()).toContain('Công dân mới:');
    expect(await panel.textContent()).toContain('Số 7 ngõ 15 phố Huế, Phường Hai Bà Trưng, Thành phố Hà Nội');
    await page.getByRole('button', { name: 'Lưu thành hồ sơ mới' }).click();
    await expect.poll(() => panel.textContent()).toContain('Đã tạo hồ sơ công dân mới.');

    // The captured citizen now fills another portal.
    const next = await openPortal(s, 'dichvucong.gov.vn', '/frameworks/react.html');
    await openOverlay(next);
    await next.getByLabel('Tìm công dân').fill('vu thi lan');
    await next.getByRole('button', { name: 'Vũ Thị Lan', exact: true }).click();
    await next.getByRole('button', { name: 'Điền tự động' }).click();
    await next.getByText(/Đã điền \d+\/\d+ trường/).waitFor();
    const state = await next.evaluate(() => (window as unknown as { __state: Record<string, string> }).__state);
    expect(state).toMatchObject({ hoTen: 'Vũ Thị Lan', ngaySinh: '1992-09-08', gioiTinh: 'F', soDinhDanh: '001192007788', dienThoai: '0913222333' });
  });

  it('capturing a known citizen shows the differences before merging', async () => {
    const page = await openPortal(s, 'dichvucong.gov.vn', '/frameworks/chi-tiet.html');
    // Same person, new phone number on this portal.
    await page.evaluate(() => {
      const cell = Array.from(document.querySelectorAll('td')).find((td) => td.textContent === '0913 222 333')!;
      cell.textContent = '0913 444 555';
    });
    await openOverlay(page);
    await page.getByRole('tab', { name: 'Lấy dữ liệu từ trang' }).click();
    await page.getByRole('button', { name: 'Đọc dữ liệu trên trang' }).click();
    const panel = page.locator('tro-ly-mot-cua .panel');
    await expect.poll(() => panel.textContent()).toContain('Khác với hồ sơ đã có của Vũ Thị Lan:');
    const diff = await panel.locator('table').textContent();
    expect(diff).toContain('0913222333');
    expect(diff).toContain('0913444555');
    expect(diff).not.toContain('Ngày sinh');
    await page.getByRole('button', { name: 'Cập nhật hồ sơ' }).click();
    await expect.poll(() => panel.textContent()).toContain('Đã cập nhật hồ sơ công dân.');
  });

  it('"Dạy trường này": a field the heuristics missed is filled next time from the saved recipe', async () => {
    const page = await openPortal(s, 'dichvucong.gov.vn', '/frameworks/teach.html');
    await openOverlay(page);
    await page.getByLabel('Tìm công dân').fill('nguyen van an');
    await page.getByRole('button', { name: 'Nguyễn Văn An', exact: true }).click();
    await page.getByRole('button', { name: 'Điền tự động' }).click();
    const panel = page.locator('tro-ly-mot-cua .panel');
    await expect.poll(() => panel.textContent()).toContain('Đã điền 1/1 trường');
    expect(await page.locator('#m7').inputValue()).toBe('');

    await page.getByRole('tab', { name: 'Dạy trường này' }).click();
    await page.locator('#m7').click();
    await page.getByLabel('Ô này chứa').selectOption('phone');
    await page.getByRole('button', { name: 'Lưu trường đã dạy' }).click();
    await page.getByText(/Đã lưu: ô này là "Số điện thoại"/).waitFor();

    const again = await openPortal(s, 'dichvucong.gov.vn', '/frameworks/teach.html');
    await openOverlay(again);
    await again.getByLabel('Tìm công dân').fill('nguyen van an');
    await again.getByRole('button', { name: 'Nguyễn Văn An', exact: true }).click();
    await again.getByRole('button', { name: 'Điền tự động' }).click();
    await expect.poll(() => again.locator('tro-ly-mot-cua .panel').textContent()).toContain('Đã điền 2/2 trường');
    expect(await again.locator('#m7').inputValue()).toBe('0912345678');
  });

  it('an address in the old three-tier units on a two-tier form: the officer is offered the successor ward', async () => {
    const page = await openPortal(s, 'dichvucong.gov.vn', '/frameworks/hai-cap.html');
    await openOverlay(page);
    await page.getByLabel('Tìm công dân').fill('nguyen thi mai');
    await page.getByRole('button', { name: 'Nguyễn Thị Mai', exact: true }).click();
    await page.getByRole('button', { name: 'Điền tự động' }).click();
    const panel = page.locator('tro-ly-mot-cua .panel');
    await expect.poll(() => panel.textContent()).toContain('Đã điền 3/4 trường');
    expect(await panel.textContent()).toContain('Địa chỉ trong hồ sơ theo đơn vị hành chính cũ (Xã Cẩm Tâm, Huyện Cẩm Thủy); hãy chọn phường/xã mới');
    expect(await page.locator('#tinh').inputValue()).toBe('38');
    expect(await page.locator('#xa').inputValue()).toBe('');
    expect(await page.locator('#chiTiet').inputValue()).toBe('Thôn 3');
    await panel.getByRole('button', { name: 'Chọn Xã Cẩm Thủy' }).click();
    expect(await page.locator('#xa').inputValue()).toBe('15406');
  });
});
