import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPortal, passLockGate, useImportedSession } from './harness';

const session = useImportedSession();

/** The report table as header → cell for the row whose first cell is `first`. */
async function reportRow(page: Page, first: string): Promise<Record<string, string>> {
  const table = page.locator('table.report').first();
  const headers = await table.locator('thead th').allTextContents();
  const row = table.locator('tbody tr').filter({ has: page.locator('td', { hasText: first }) }).first();
  const cells = await row.locator('td').allTextContents();
  return Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']));
}

describe('"Lấy danh sách hồ sơ" from a portal dossier list', () => {
  it("reads the portal's table into the deadlines, with statuses, the supervisor's figures and encrypted applicants", async () => {
    const s = session();
    const portal = await openPortal(s, 'motcua.hanoi.gov.vn', '/danh-sach-ho-so.html');
    await portal.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
    await portal.getByText('Trang này có danh sách 5 hồ sơ.').waitFor();
    await portal.getByRole('button', { name: 'Lấy danh sách hồ sơ' }).click();
    await expect(portal.getByRole('status').filter({ hasText: 'Đã lấy' }).textContent()).resolves.toContain('Đã lấy 5 hồ sơ: thêm 5, cập nhật 0');
    // Taking the list again changes nothing: de-duplicated by dossier code.
    await portal.getByRole('button', { name: 'Lấy danh sách hồ sơ' }).click();
    await expect.poll(() => portal.getByRole('status').filter({ hasText: 'Đã lấy' }).textContent()).toContain('thêm 0, cập nhật 0, không đổi 5');

    const dash = await s.context.newPage();
    await dash.goto(s.extUrl('dashboard.html'));
    await passLockGate(dash);
    await dash.getByLabel('Kỳ báo cáo').selectOption('month');
    await dash.getByLabel('Ngày trong kỳ').fill('2026-03-10');
    await expect.poll(async () => (await reportRow(dash, 'Nguyễn Văn Bình'))['Trước hạn']).toBe('1');
    const binh = await reportRow(dash, 'Nguyễn Văn Bình');
    expect(binh['Đúng hạn']).toBe('1');
    const ha = await reportRow(dash, 'Trần Thu Hà');
    expect(ha['Trễ hạn']).toBe('1');

    await dash.getByRole('tab', { name: /Sắp đến hạn \/ quá hạn/ }).click();
    const overdue = dash.locator('tr').filter({ hasText: '000.00.12.H26-260303-0004' });
    await expect(overdue.textContent()).resolves.toContain('Quá hạn');
    // The applicant is decrypted for the rows on screen only.
    await expect.poll(() => overdue.textContent()).toContain('Đỗ Minh Tuấn');

    const dump = await s.worker.evaluate(async () => {
      const out: string[] = [];
      for (const info of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((ok, ko) => {
          const r = indexedDB.open(info.name!);
          r.onsuccess = () => ok(r.result);
          r.onerror = () => ko(r.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const rows = await new Promise<unknown[]>((ok) => {
            const r = db.transaction(store).objectStore(store).getAll();
            r.onsuccess = () => ok(r.result);
          });
          out.push(JSON.stringify(rows));
        }
        db.close();
      }
      return out.join('\n');
    });
    expect(dump).toContain('000.00.12.H26-260303-0004');
    for (const name of ['Lê Thị Dung', 'Phạm Quang Huy', 'Vũ Thị Mai Anh', 'Đỗ Minh Tuấn', 'Hoàng Văn Khánh']) expect(dump).not.toContain(name);
  });
});
