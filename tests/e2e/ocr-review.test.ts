import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { passLockGate, useImportedSession } from './harness';
import { firstOf, OCR_DEV as DEV } from './ocr-dev';

const card = firstOf('cccd_2021_front', true);
const birth = firstOf('birth_certificate');
const titleCase = (s: string) => s.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_m, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'));

const session = useImportedSession();

describe('"Đọc giấy tờ" in the side panel', () => {
  it('reads papers, shows each field with its crop and confidence, saves a new citizen, then merges a re-read', async () => {
    const page = await session().context.newPage();
    await page.goto(session().extUrl('sidepanel.html'));
    await passLockGate(page);
    await page.getByRole('tab', { name: 'Đọc giấy tờ' }).click();

    await page.getByLabel('Chọn tệp giấy tờ').setInputFiles([
      { name: card.image, mimeType: 'image/jpeg', buffer: readFileSync(resolve(DEV, card.image)) },
      { name: birth.image, mimeType: 'image/jpeg', buffer: readFileSync(resolve(DEV, birth.image)) },
      { name: 'hong.jpg', mimeType: 'image/jpeg', buffer: readFileSync(resolve(DEV, card.image)).subarray(0, 900) },
    ]);
    const results = page.getByRole('region', { name: 'Kết quả đọc giấy tờ' });
    await results.waitFor({ timeout: 90_000 });
    await expect(results.textContent()).resolves.toContain('hong.jpg');
    await expect(results.textContent()).resolves.toMatch(/hỏng|không đầy đủ|không đọc được/);

    const name = titleCase(card.fields.fullName!);
    const form = page.getByRole('form', { name: `Kết quả đọc: ${name}` });
    await expect(form.textContent()).resolves.toContain('Căn cước công dân 2021 – mặt trước');
    expect(await form.getByLabel('Số định danh cá nhân', { exact: true }).inputValue()).toBe(card.fields.idNumber);
    expect(await form.getByLabel('Ngày sinh', { exact: true }).inputValue()).toBe(card.fields.dateOfBirth);
    await expect(form.textContent()).resolves.toMatch(/Độ tin cậy \d+% · từ mã QR/);
    // The printed fields come with the part of the image they were read from.
    expect(await form.getByRole('img', { name: /Ảnh vùng đọc/ }).count()).toBeGreaterThan(0);

    const birthForm = page.getByRole('form').filter({ hasText: 'Giấy khai sinh' });
    await expect(birthForm.textContent()).resolves.toMatch(/Cha: .+/);

    await form.getByLabel('Nơi thường trú', { exact: true }).fill('Số 1 Đường Thử, Phường Tân Bình, Thành phố Hồ Chí Minh');
    await form.getByRole('button', { name: 'Lưu hồ sơ công dân' }).click();
    await form.getByText('Đã lưu hồ sơ công dân mới.').waitFor();
    await form.getByRole('button', { name: 'Dùng để điền' }).click();
    await form.getByRole('button', { name: 'Đang dùng để điền' }).waitFor();

    await page.getByRole('tab', { name: /Công dân|Citizens/ }).click();
    await page.getByText(`Công dân đang chọn: ${name}`).waitFor();
    await page.getByLabel(/Tìm công dân/).fill(card.fields.idNumber!);
    await page.getByRole('button', { name: `Xem ${name}` }).click();
    expect(await page.getByLabel('Nơi thường trú').inputValue()).toBe('Số 1 Đường Thử, Phường Tân Bình, Thành phố Hồ Chí Minh');
    await page.getByRole('button', { name: 'Đóng' }).click();

    // Reading the same card again offers to update the stored record and shows what would change.
    await page.getByRole('tab', { name: 'Đọc giấy tờ' }).click();
    await page.getByLabel('Chọn tệp giấy tờ').setInputFiles(resolve(DEV, card.image));
    const again = page.getByRole('form', { name: `Kết quả đọc: ${name}` });
    const diff = again.getByRole('list', { name: 'Khác với hồ sơ đang lưu' });
    await diff.waitFor({ timeout: 60_000 });
    await expect(diff.textContent()).resolves.toContain('Nơi thường trú: Số 1 Đường Thử');
    await again.getByRole('button', { name: 'Cập nhật hồ sơ' }).click();
    await again.getByText('Đã cập nhật hồ sơ công dân.').waitFor();
  });

  it('refuses files it cannot read before starting, in Vietnamese', async () => {
    const page = await session().context.newPage();
    await page.goto(session().extUrl('sidepanel.html'));
    await passLockGate(page);
    await page.getByRole('tab', { name: 'Đọc giấy tờ' }).click();
    await page.getByLabel('Chọn tệp giấy tờ').setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('xin chào') });
    await expect(page.getByRole('alert').textContent()).resolves.toContain('không phải ảnh JPEG, PNG, WebP hay PDF');
  });
});
