import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useImportedSession, openPortal } from './harness';

/**
 * The overlay on imitation portals built with the real libraries (served from node_modules). Each test
 * checks the page framework's own state after the fill, and that hidden/read-only/captcha traps stayed
 * untouched.
 */
const session = useImportedSession();

async function openOverlay(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
  await page.getByLabel('Tìm công dân').waitFor();
}

async function choose(page: Page, query: string, name: string): Promise<void> {
  await page.getByLabel('Tìm công dân').fill(query);
  await page.getByRole('button', { name, exact: true }).click();
}

async function fill(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Điền tự động' }).click();
  const status = page.getByText(/Đã điền \d+\/\d+ trường/);
  await status.waitFor({ timeout: 20_000 });
  return (await status.textContent()) ?? '';
}

async function fillAs(page: Page, query: string, name: string): Promise<string> {
  await openOverlay(page);
  await choose(page, query, name);
  return fill(page);
}

const state = (page: Page) => page.evaluate(() => (window as unknown as { __state: Record<string, string> }).__state);

describe('fill on pages built with real frameworks', () => {
  it('React controlled inputs: React’s own state changes; read-only, hidden and captcha stay', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn', '/frameworks/react.html');
    // "Nơi thường trú" appears only after the id number is in: filled in a second round.
    expect(await fillAs(page, 'nguyen van an', 'Nguyễn Văn An')).toMatch('Đã điền 7/7 trường');
    expect(await state(page)).toEqual({
      hoTen: 'Nguyễn Văn An',
      ngaySinh: '1989-03-15',
      gioiTinh: 'M',
      soDinhDanh: '001089012345',
      thuongTru: 'Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
      dienThoai: '0912345678',
      danToc: 'Kinh',
      maXacNhan: '',
      maHoSo: 'HS-0001',
    });
    expect(await page.locator('input[name=hoTenAn]').inputValue()).toBe('');
    // Undo goes through React too.
    await page.getByRole('button', { name: 'Hoàn tác' }).click();
    await expect.poll(async () => (await state(page)).hoTen).toBe('');
  });

  it('Vue 3 + Element Plus: el-input, el-select picked from its list, el-date-picker; Vue’s reactive state changes', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn', '/frameworks/vue-element.html');
    await page.locator('.el-form').waitFor();
    const status = await fillAs(page, 'nguyen van an', 'Nguyễn Văn An');
    await expect.poll(() => state(page)).toEqual({
      hoTen: 'Nguyễn Văn An',
      ngaySinh: '1989-03-15',
      gioiTinh: '1',
      danToc: '01',
      tinh: '01',
      cccd: '001089012345',
      captcha: '',
    });
    expect(await page.locator('tro-ly-mot-cua .panel').textContent()).not.toContain('Chưa điền được');
    expect(status).toMatch('Đã điền 6/6 trường');
  });

  it('jQuery: Select2 and Chosen through the page-world bridge, AJAX ward list waited for, jQuery UI datepicker state', async () => {
    const page = await openPortal(session(), 'dichvucong.danang.gov.vn', '/frameworks/jquery.html');
    const status = await fillAs(page, 'tran thi bich ngoc', 'Trần Thị Bích Ngọc');
    expect(await state(page)).toEqual({ tinh: '48', phuongXa: '20194', ngaySinh: '1995-11-02', hoTen: 'Trần Thị Bích Ngọc', danToc: '01' });
    // Select2 and Chosen show the choice in their own widgets.
    expect(await page.locator('#select2-ddlTinh-container').textContent()).toContain('Đà Nẵng');
    expect(await page.locator('#ddlDanToc_chosen .chosen-single span').textContent()).toBe('Kinh');
    expect(await page.locator('#txtDiaChi').inputValue()).toBe('Tổ 5');
    expect(await page.locator('#txtCCCD').inputValue()).toBe('048195004321');
    expect(await page.locator('#txtCaptcha').inputValue()).toBe('');
    expect(await page.locator('#txtAn').inputValue()).toBe('');
    expect(status).toMatch('Đã điền 7/7 trường');
  });

  it('cascading list that never loads the ward: a clear Vietnamese message after the wait, the rest still filled', async () => {
    const page = await openPortal(session(), 'dichvucong.danang.gov.vn', '/frameworks/jquery.html');
    // The portal has no ward list for Thanh Hóa (the AJAX call fails).
    const status = await fillAs(page, '038078009876', 'Lê Đức Thắng');
    expect(status).toMatch('Đã điền 6/7 trường');
    expect((await state(page)).tinh).toBe('38');
    expect(await page.locator('#txtDiaChi').inputValue()).toBe('Thôn Đồng Tâm');
    const panel = page.locator('tro-ly-mot-cua .panel');
    expect(await panel.textContent()).toContain('Danh sách chưa tải lựa chọn "Xã Cẩm Thủy" (đã chờ 5 giây)');
    // The report line brings the officer to the ward list.
    await panel.getByRole('button', { name: /Phường\/Xã: Danh sách chưa tải/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('ddlPhuongXa');
  });

  it('legacy table layout with a same-origin iframe; a sandboxed frame is refused', async () => {
    const page = await openPortal(session(), 'motcua.hanoi.gov.vn', '/frameworks/legacy.html');
    const frame = (sel: string): Frame => page.frame({ url: (u) => u.pathname.endsWith('legacy-frame.html') && (sel === 'sandbox') === u.search.includes('sandbox') })!;
    await expect.poll(() => !!frame('main') && !!frame('sandbox')).toBe(true);
    await frame('main').locator('[name=txtHKTT]').waitFor();
    const status = await fillAs(page, '038078009876', 'Lê Đức Thắng');
    const v = (name: string) => page.locator(`[name=${name}]`).inputValue();
    expect(await v('txtHoTen')).toBe('Lê Đức Thắng');
    expect(await v('txtNS')).toBe('27/07/1978');
    expect(await v('txtSoCMND')).toBe('038078009876');
    expect(await v('txtSDT')).toBe('0387654321');
    expect(await frame('main').locator('[name=txtHKTT]').inputValue()).toBe('Thôn Đồng Tâm, Xã Cẩm Thủy, Tỉnh Thanh Hóa');
    expect(await frame('main').locator('[name=ddlDanToc]').inputValue()).toBe('06');
    expect(await frame('sandbox').locator('[name=txtHKTT]').inputValue()).toBe('');
    expect(await v('txtMaHoSo')).toBe('000.00.12.H26-0002');
    expect(await v('txtMaKiemTra')).toBe('');
    expect(status).toMatch('Đã điền 6/6 trường');
  });

  it('custom elements: fields inside open shadow roots update the components’ own values', async () => {
    const page = await openPortal(session(), 'dichvucong.gov.vn', '/frameworks/shadow.html');
    const status = await fillAs(page, 'nguyen van an', 'Nguyễn Văn An');
    expect(await state(page)).toEqual({
      hoTen: 'Nguyễn Văn An',
      ngaySinh: '15/03/1989',
      soDinhDanh: '001089012345',
      thuongTru: 'Số 12 phố Lý Thường Kiệt, Phường Cửa Nam, Thành phố Hà Nội',
    });
    expect(await page.locator('dvc-field[name=captcha]').evaluate((el) => el.shadowRoot!.querySelector('input')!.value)).toBe('');
    expect(status).toMatch('Đã điền 4/4 trường');
  });

  it('"Tờ khai đăng ký khai sinh": mother, father and applicant from three roles; the child left for the officer', async () => {
    const page = await openPortal(session(), 'dichvucong.danang.gov.vn', '/frameworks/birth.html');
    await openOverlay(page);
    const role = page.getByLabel('Vai trò đang chọn');
    await role.selectOption('applicant');
    await choose(page, 'tran thi bich ngoc', 'Trần Thị Bích Ngọc');
    await role.selectOption('mother');
    await choose(page, '048195004321', 'Trần Thị Bích Ngọc');
    await role.selectOption('father');
    await choose(page, 'nguyen van an', 'Nguyễn Văn An');
    const status = await fill(page);
    const v = (name: string) => page.locator(`[name=${name}]`).inputValue();
    expect(await v('nyc_hoTen')).toBe('Trần Thị Bích Ngọc');
    expect(await v('nyc_giayTo')).toBe('048195004321');
    expect(await v('me_hoTen')).toBe('Trần Thị Bích Ngọc');
    expect(await v('me_ngaySinh')).toBe('02/11/1995');
    expect(await v('me_danToc')).toBe('1');
    expect(await v('me_cuTru')).toBe('Tổ 5, Phường Hải Châu, Thành phố Đà Nẵng');
    expect(await v('cha_hoTen')).toBe('Nguyễn Văn An');
    expect(await v('cha_ngaySinh')).toBe('15/03/1989');
    expect(await v('cha_giayTo')).toBe('001089012345');
    expect(await v('con_hoTen')).toBe('');
    expect(await v('maXacNhan')).toBe('');
    expect(await page.locator('input[name=csrf]').inputValue()).toBe('t0k3n');
    const panel = page.locator('tro-ly-mot-cua .panel');
    await expect.poll(() => panel.textContent()).toContain('Chưa chọn công dân cho vai trò người được khai sinh');
    // Required but empty: "Quan hệ với người được khai sinh"; clicking it brings the officer to the field.
    await panel.getByRole('button', { name: /Quan hệ với người được khai sinh/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('nyc_quanHe');
    // 3 applicant + 6 mother + 6 father fields; the child's 4 fields (one radio group) wait for a citizen.
    expect(status).toMatch('Đã điền 15/19 trường');
  });
});
