import { describe, expect, it } from 'vitest';
import { passLockGate, useImportedSession } from './harness';
import { bytesOf, firstOf } from './ocr-dev';

const card = firstOf('cccd_2021_front', true);
const session = useImportedSession();

/**
 * The right-click "Đọc bằng OCR" on a scanned attachment of a portal page. Playwright cannot click a native
 * context menu, so the click is dispatched to the extension's own menu listener with the image's URL, as
 * Chromium would after the officer picks the item.
 */
async function rightClickRead(srcUrl: string, pageUrl: string) {
  await session().worker.evaluate(
    async ({ srcUrl, pageUrl }) => {
      // The worker's own `chrome` (not typed in the tests' Node context).
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [tab] = await api.tabs.query({ url: pageUrl });
      api.contextMenus.onClicked.dispatch({ menuItemId: 'ocr-image', srcUrl, pageUrl, frameId: 0, editable: false, mediaType: 'image' }, tab);
    },
    { srcUrl, pageUrl },
  );
}

interface ChromeApi {
  tabs: { query(q: { url: string }): Promise<unknown[]> };
  contextMenus: { onClicked: { dispatch(info: unknown, tab: unknown): void } };
}

describe('right-click "Đọc bằng OCR" on an image of a portal page', () => {
  it('reads the image with the page\'s own session and opens it in "Đọc giấy tờ"', async () => {
    const s = session();
    const portal = await s.context.newPage();
    // The attachment is served only with the portal's session cookie, as on the real one-stop software.
    await portal.route('**/tep/ban-chup-can-cuoc.jpg', async (route) => {
      const cookie = (await route.request().allHeaders()).cookie ?? '';
      if (!cookie.includes('phien=can-bo-1')) return route.fulfill({ status: 403, body: 'Cấm' });
      return route.fulfill({ status: 200, contentType: 'image/jpeg', body: Buffer.from(bytesOf(card)) });
    });
    const pageUrl = s.server.url('motcua.hanoi.gov.vn', '/tep-dinh-kem.html');
    await portal.goto(pageUrl);
    await portal.evaluate(() => (document.cookie = 'phien=can-bo-1; path=/'));

    const panel = await s.context.newPage();
    await panel.goto(s.extUrl('sidepanel.html'));
    await passLockGate(panel);

    await rightClickRead(new URL('/tep/ban-chup-can-cuoc.jpg', pageUrl).href, pageUrl);
    const form = panel.getByRole('form', { name: /^Kết quả đọc: / });
    await form.waitFor({ timeout: 90_000 });
    await expect(panel.getByRole('tab', { name: 'Đọc giấy tờ' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await form.getByLabel('Số định danh cá nhân', { exact: true }).inputValue()).toBe(card.fields.idNumber);
    await expect(form.textContent()).resolves.toContain('Căn cước công dân 2021 – mặt trước');
    expect(s.externalRequests).toEqual([]);

    // An image the portal no longer has: a Vietnamese message, nothing read.
    await rightClickRead(new URL('/tep/khong-con.jpg', pageUrl).href, pageUrl);
    await panel.getByText(/Không lấy được ảnh từ trang này|không đọc được|hỏng/).first().waitFor({ timeout: 30_000 });
    await portal.close();
    await panel.close();
  });
});
