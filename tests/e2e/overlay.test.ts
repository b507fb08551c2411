import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useImportedSession, openPortal } from './harness';

const session = useImportedSession();

async function fillAs(page: Page, query: string, name: string): Promise<string> {
  await page.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
  await page.getByLabel('Tìm công dân').fill(query);
  await page.getByRole('button', { name, exact: true }).click();
  await page.getByRole('button', { name: 'Điền tự động' }).click();
  const status = page.getByText(/Đã điền \d+\/\d+ trường/);
  await status.waitFor();
  return (await status.textContent()) ?? '';
}

describe('overlay fill on the demo portals', () => {
  it('national portal: fills every field from a name typed without diacritics, leaves traps alone', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn');
    const status = await fillAs(page, 'nguyen van an', 'Nguyễn Văn An');
    expect(status).toMatch(/Đã điền 12\/12 trường/);
    const v = (sel: string) => page.locator(sel).inputValue();
    expect(await v('#hoTen')).toBe('Nguyễn Văn An');
    expect(await v('#gioiTinh')).toBe('1');
    expect(await v('#ngaySinh')).toBe('1989-03-15');
    expect(await v('#soDinhDanh')).toBe('001089012345');
    expect(await v('#ngayCap')).toBe('10/06/2021');
    expect(await v('#noiCap')).toBe('Cục Cảnh sát quản lý hành chính về trật tự xã hội');
    expect(await v('#danToc')).toBe('01');
    expect(await v('#quocTich')).toBe('VN');
    expect(await v('#noiSinh')).toBe('Thành phố Hà Nội');
    expect(await v('#thuongTru')).toBe('Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội');
    expect(await v('#dienThoai')).toBe('0912345678');
    expect(await v('#email')).toBe('nguyenvanan@example.vn');
    expect(await v('#maXacNhan')).toBe('');
    expect(await v('#matKhau')).toBe('');
    expect(await page.locator('input[name=token]').inputValue()).toBe('abc123');
  });

  it('legacy table layout: labels from table cells, radios by their text, dd/mm/yyyy dates, read-only untouched', async () => {
    const page = await openPortal(session(), 'motcua.hanoi.gov.vn');
    const status = await fillAs(page, '038078009876', 'Lê Đức Thắng');
    // The record has no "nơi ở hiện tại": the report says so instead of counting it as filled.
    expect(status).toMatch(/Đã điền 8\/9 trường/);
    await expect(page.locator('tro-ly-mot-cua .panel').textContent()).resolves.toContain('Hồ sơ chưa có nơi ở hiện tại');
    const v = (name: string) => page.locator(`[name=${name}]`).inputValue();
    expect(await v('txtHoTen')).toBe('Lê Đức Thắng');
    expect(await v('txtNgaySinh')).toBe('27/07/1978');
    expect(await page.locator('#gtNam').isChecked()).toBe(true);
    expect(await v('txtSoCMND')).toBe('038078009876');
    expect(await v('txtQueQuan')).toBe('Xã Cẩm Thủy, Tỉnh Thanh Hóa');
    expect(await v('txtHKTT')).toBe('Thôn Đồng Tâm, Xã Cẩm Thủy, Tỉnh Thanh Hóa');
    expect(await v('txtDienThoai')).toBe('0387654321');
    expect(await v('txtDanToc')).toBe('Mường');
    expect(await v('txtMaHoSo')).toBe('000.00.12.H26-261122-0001');
    expect(await v('txtNgayNhan')).toBe('22/11/2026');
  });

  it('provincial form: placeholders, a date split in three selects, a province select with prefixes; undo restores', async () => {
    const page = await openPortal(session(), 'dichvucong.danang.gov.vn');
    await fillAs(page, 'tran thi bich ngoc', 'Trần Thị Bích Ngọc');
    const v = (name: string) => page.locator(`[name=${name}]`).inputValue();
    expect(await v('nyc_hoten')).toBe('Trần Thị Bích Ngọc');
    expect(await v('nyc_socccd')).toBe('048195004321');
    expect(await v('nyc_ngay')).toBe('2');
    expect(await v('nyc_thang')).toBe('11');
    expect(await v('nyc_nam')).toBe('1995');
    expect(await v('nyc_sdt')).toBe('0905111222');
    expect(await v('tinh')).toBe('48');
    expect(await v('diachi_chitiet')).toBe('Tổ 5, Phường Hải Châu');

    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    expect(await v('nyc_hoten')).toBe('');
    expect(await v('tinh')).toBe('');
  });
});
