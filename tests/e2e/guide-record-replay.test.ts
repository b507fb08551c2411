import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createWorker } from 'tesseract.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVi } from '../../utils/vi/fold';
import { EXTENSION_DIR, importCitizens, launch, openPortal, passLockGate, type Session } from './harness';

const HOST = 'dvc.guide-demo.gov.vn';
const NAME = 'Nguyễn Văn An';
const NUMBER = '001089012345';

let s: Session;
let extDir = '';
let ext: Page;
beforeAll(async () => {
  // Screenshots need activeTab, which Chrome grants when the officer picks our context-menu item
  // ("Ghi hướng dẫn có ảnh trên trang này"); Playwright cannot click browser menus, so this test runs a copy
  // of the built extension whose manifest holds <all_urls> instead. Everything else is the shipped build.
  const dir = mkdtempSync(join(tmpdir(), 'troly-guide-ext-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions = [...manifest.host_permissions, '<all_urls>'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  extDir = dir;
  s = await launch({ extensionDir: dir });
  await importCitizens(s);
  ext = await s.context.newPage();
  await ext.goto(s.extUrl('options.html'));
  await passLockGate(ext);
  // The officer demonstrates with this citizen selected: their values are what screenshots must hide.
  const [p] = await call<{ id: string }[]>({ type: 'persons:search', query: NUMBER, limit: 1 });
  await call({ type: 'persons:setActive', id: p!.id });
});
afterAll(async () => {
  await s?.close();
  if (extDir) rmSync(extDir, { recursive: true, force: true });
});

/** Ask the background as an extension page does. */
async function call<T = unknown>(msg: object): Promise<T> {
  const r = (await ext.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m), msg)) as { ok: boolean; data: T; error?: string };
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

interface StoredGuide {
  id: string;
  title: string;
  steps: { title: string; kind: string; url: string; note: string; screenshot?: string; fingerprint: { framePath: number[] } }[];
}

async function openGuideTab(page: Page) {
  await page.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
  await page.getByRole('tab', { name: 'Hướng dẫn' }).click();
}

const bubble = (page: Page) => page.locator('tro-ly-guide .guide-bubble[role=dialog]');

/** The spotlight must frame the element: within a few pixels on each side (it has a 4 px margin). */
async function expectSpotOn(page: Page, target: Locator) {
  const spot = page.locator('tro-ly-guide [data-guide-spotlight]');
  await expect.poll(async () => {
    const a = await spot.boundingBox();
    const b = await target.boundingBox();
    if (!a || !b) return 999;
    return Math.max(Math.abs(a.x + 4 - b.x), Math.abs(a.y + 4 - b.y), Math.abs(a.width - 8 - b.width), Math.abs(a.height - 8 - b.height));
  }, { timeout: 5000 }).toBeLessThan(3);
  // And the element is really on screen, not under the fixed header.
  const b = (await target.boundingBox())!;
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.y + b.height).toBeLessThanOrEqual(900);
}

let guide: StoredGuide;

describe('recorded guides', () => {
  it('records a procedure across two portal pages, with notes and blurred screenshots', async () => {
    const page = await openPortal(s, HOST, '/');
    page.on('console', (m) => m.type() === 'warning' && console.log('PAGE', m.text()));
    await openGuideTab(page);
    await page.getByLabel('Tên hướng dẫn').fill('Đăng ký khai sinh trực tuyến');
    await page.getByRole('button', { name: 'Ghi hướng dẫn' }).click();
    await page.getByRole('button', { name: 'Đóng' }).click();
    const bar = page.locator('tro-ly-guide .guide-recbar');
    await bar.waitFor();

    await page.locator('#hoTen').click();
    await page.locator('#hoTen').pressSequentially(NAME);
    await expect.poll(() => bar.textContent()).toContain('1 bước');
    await page.waitForTimeout(700);
    await page.locator('#soDinhDanh').click();
    await page.locator('#soDinhDanh').fill(NUMBER);
    await page.waitForTimeout(1300); // two captures: Chrome allows about two per second
    await page.locator('#tiep').click();
    await page.waitForURL(/buoc-2/);

    // The recording continues on the next page.
    const bar2 = page.locator('tro-ly-guide .guide-recbar');
    await expect.poll(() => bar2.textContent(), { timeout: 10_000 }).toContain('3 bước');
    const frame = page.frameLocator('#khung-lien-he');
    await frame.locator('#dienThoai').click();
    await frame.locator('#dienThoai').fill('0912345678');
    await page.waitForTimeout(700);
    await page.locator('#moXacNhan').click();
    await page.waitForTimeout(700);
    await page.locator('#email').click();
    await page.locator('#email').fill('nguyenvanan@example.vn');
    await page.waitForTimeout(700);
    await page.locator('#nop').click();
    await page.evaluate(() => document.querySelector('dialog')?.close()); // the portal would close it on submit
    await expect.poll(() => bar2.textContent()).toContain('7 bước');
    // An editable note per step.
    await bar2.getByLabel('Ghi chú cho bước: Bấm "Tiếp tục"').fill('Bấm Tiếp tục để sang bước 2.');
    await bar2.getByRole('button', { name: 'Dừng và lưu' }).click();
    await bar2.waitFor({ state: 'detached' });

    const [summary] = await call<{ id: string; steps: number }[]>({ type: 'guides:list' });
    guide = await call<StoredGuide>({ type: 'guides:get', id: summary!.id });
    expect(guide.steps.map((x) => x.title)).toEqual([
      'Nhập "Họ và tên người yêu cầu"',
      'Nhập "Số định danh cá nhân"',
      'Bấm "Tiếp tục"',
      'Nhập "Số điện thoại di động"',
      'Bấm "Xác nhận cam đoan"',
      'Nhập "Thư điện tử nhận kết quả"',
      'Bấm "Nộp hồ sơ"',
    ]);
    expect(guide.steps.map((x) => x.kind)).toEqual(['field', 'field', 'click', 'field', 'click', 'field', 'submit']);
    expect(guide.steps[2]!.note).toBe('Bấm Tiếp tục để sang bước 2.');
    expect(guide.steps[3]!.fingerprint.framePath).toEqual([0]);
    expect(guide.steps[3]!.url).toContain('/buoc-2.html');
    // No step stores a typed value.
    expect(JSON.stringify(guide.steps.map(({ screenshot: _s, ...rest }) => rest))).not.toMatch(/Nguyễn Văn An|001089012345|0912345678/);
    expect(guide.steps.filter((x) => x.screenshot).length).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('OCR of every stored screenshot finds neither the citizen’s name nor number', async () => {
    const require = createRequire(import.meta.url);
    const langPath = join(dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
    const worker = await createWorker('vie', 1, { langPath, cacheMethod: 'none', gzip: true });
    try {
      const texts: string[] = [];
      for (const step of guide.steps.filter((x) => x.screenshot)) {
        const png = Buffer.from(step.screenshot!.split(',')[1]!, 'base64');
        texts.push((await worker.recognize(png)).data.text);
      }
      const folded = texts.map((t) => foldVi(t));
      // OCR works on these images: the portal's own captions are read...
      expect(folded.some((t) => t.includes('dang ky khai sinh'))).toBe(true);
      // ...but nothing personal.
      for (const t of folded) {
        expect(t).not.toContain('nguyen van an');
        expect(t).not.toContain('van an');
        expect(t.replace(/\D/g, '')).not.toContain(NUMBER);
        expect(t.replace(/\D/g, '')).not.toContain('0912345678');
      }
    } finally {
      await worker.terminate();
    }
  });

  it('replays the guide: each spotlight lands on its element, across the navigation, the iframe and the modal dialog', async () => {
    const page = await openPortal(s, HOST, '/');
    await openGuideTab(page);
    await page.getByRole('button', { name: 'Phát lại' }).click();
    await page.getByRole('button', { name: 'Đóng' }).click();

    await expect.poll(() => bubble(page).textContent()).toContain('Bước 1/7');
    await expectSpotOn(page, page.locator('#hoTen')); // inside a scrolling box, under a fixed header
    await bubble(page).getByRole('button', { name: 'Tiếp' }).click();
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 2/7');
    await expectSpotOn(page, page.locator('#soDinhDanh'));
    await page.keyboard.press('ArrowRight'); // keyboard works too (focus is in the bubble, not a page field)
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 3/7');
    await expect.poll(() => bubble(page).textContent()).toContain('Bấm Tiếp tục để sang bước 2.');
    await expectSpotOn(page, page.locator('#tiep'));
    await page.locator('#tiep').click(); // the citizen clicks the real link; replay continues on the next page
    await page.waitForURL(/buoc-2/);

    await expect.poll(() => bubble(page).textContent(), { timeout: 10_000 }).toContain('Bước 4/7');
    await expectSpotOn(page, page.frameLocator('#khung-lien-he').locator('#dienThoai'));
    await bubble(page).getByRole('button', { name: 'Tiếp' }).click();
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 5/7');
    await page.locator('#moXacNhan').click(); // opens the portal's modal dialog
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 6/7');
    await expectSpotOn(page, page.locator('#email'));
    // The bubble stays usable over the modal dialog.
    await bubble(page).getByRole('button', { name: 'Tiếp' }).click({ timeout: 5000 });
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 7/7');
    await expectSpotOn(page, page.locator('#nop'));
    await bubble(page).getByRole('button', { name: 'Quay lại' }).click({ timeout: 5000 });
    await expect.poll(() => bubble(page).textContent()).toContain('Bước 6/7');
    await bubble(page).getByRole('button', { name: 'Tiếp' }).click({ timeout: 5000 });
    await bubble(page).getByRole('button', { name: 'Xong' }).click({ timeout: 5000 });
    await expect.poll(() => bubble(page).count()).toBe(0);
    expect(await call({ type: 'guide:session:get' }).catch(() => null)).toBeNull();
    await page.close();
  });

  it('says clearly when a step’s element cannot be found', async () => {
    const broken = { ...guide, id: 'g-broken', title: 'Hướng dẫn cũ', steps: [{ ...guide.steps[0]!, title: 'Nhập "Mã số thuế"', fingerprint: { selectors: ['#maSoThue'], tag: 'input', label: 'Mã số thuế', framePath: [] } }] };
    await call({ type: 'guides:save', guide: broken });
    const page = await openPortal(s, HOST, '/');
    await openGuideTab(page);
    await page.getByRole('listitem').filter({ hasText: 'Hướng dẫn cũ' }).getByRole('button', { name: 'Phát lại' }).click();
    await expect.poll(() => bubble(page).getByRole('alert').textContent()).toContain('Không tìm thấy "Mã số thuế" trên trang này');
    await page.keyboard.press('Escape');
    await expect.poll(() => bubble(page).count()).toBe(0);
    await call({ type: 'guides:delete', id: 'g-broken' });
    await page.close();
  });

  it('renders the A4 leaflet with numbered steps, notes and screenshots', async () => {
    const page = await s.context.newPage();
    await page.goto(s.extUrl(`guide-print.html?id=${guide.id}&noprint`));
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Đăng ký khai sinh trực tuyến');
    await expect.poll(() => page.locator('ol.steps > li').count()).toBe(7);
    expect(await page.locator('ol.steps > li').nth(2).textContent()).toContain('Bấm Tiếp tục để sang bước 2.');
    const shots = guide.steps.filter((x) => x.screenshot).length;
    await expect.poll(() => page.locator('ol.steps img').count()).toBe(shots);
    const loaded = await page.locator('ol.steps img').evaluateAll((imgs) => imgs.every((i) => (i as HTMLImageElement).naturalWidth > 0));
    expect(loaded).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
});
