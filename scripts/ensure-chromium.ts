/**
 * Browser tests and the demo need a real Chromium. Playwright cannot download browsers here, so we use
 * Debian's `chromium` package: installed automatically when running as root, otherwise explained.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error('Chưa có Chromium. Hãy cài: sudo apt-get install -y chromium  (hoặc đặt CHROMIUM_PATH)');
    process.exit(1);
  }
  console.log('Đang cài Chromium (gói chromium của Debian)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  const r = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const path = findChromium();
  if (r.status !== 0 || !path) {
    console.error('Không cài được Chromium. Hãy cài thủ công: apt-get install -y chromium');
    process.exit(1);
  }
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Chromium: ${ensureChromium()}`);
}
