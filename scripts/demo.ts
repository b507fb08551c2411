/**
 * `npm start`: the extension on the bundled demo portals with the demo citizens imported.
 * With a display, Chromium opens for the officer to try; without one, the same scenario runs headless
 * (import, search a citizen by name without diacritics, fill each demo portal), saves screenshots to
 * ./demo-screenshots and prints what it did.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium } from './ensure-chromium';
import { importCitizens, launch, openPortal } from '../tests/e2e/harness';
import { DEMO_SITES } from '../tests/fixtures/portals/server';

ensureChromium();
const headed = Boolean(process.env.DISPLAY) && process.env.CI !== 'true' && !process.argv.includes('--headless');
const outDir = resolve('demo-screenshots');
mkdirSync(outDir, { recursive: true });

const s = await launch({ headless: !headed });
console.log(`Tiện ích đã nạp (id ${s.extensionId}).`);
console.log(`Nhập công dân mẫu: ${await importCitizens(s)}`);

for (const site of DEMO_SITES) {
  const page = await openPortal(s, site.host, site.path);
  console.log(`\n${site.title} — ${page.url()}`);
  try {
    await page.getByRole('button', { name: 'Hỗ trợ nhập liệu' }).click();
    await page.getByLabel('Tìm công dân').fill('nguyen van an');
    await page.getByRole('button', { name: 'Nguyễn Văn An' }).first().click();
    await page.getByRole('button', { name: 'Điền tự động' }).click();
    const result = page.getByText(/Đã điền \d+\/\d+ trường/);
    await result.waitFor({ timeout: 15_000 });
    console.log(`  ${await result.textContent()}`);
  } catch (err) {
    console.log(`  Không điền được: ${err instanceof Error ? err.message.split('\n')[0] : err}`);
  }
  const shot = resolve(outDir, `${site.host}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`  Ảnh chụp: ${shot}`);
}

if (headed) {
  console.log('\nChromium đang mở với tiện ích và các cổng mẫu. Đóng cửa sổ trình duyệt để kết thúc.');
  await new Promise<void>((done) => s.context.on('close', () => done()));
  await s.server.close();
} else {
  await s.close();
  console.log(`\nXong. Ảnh chụp màn hình trong ${outDir}`);
}
