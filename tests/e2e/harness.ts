/**
 * Runs the built extension (.output/chrome-mv3) in real Chromium against the imitation portals.
 * Portal hosts (*.gov.vn) resolve to 127.0.0.1 through --host-resolver-rules; nothing leaves the machine.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../../scripts/ensure-chromium';
import { startPortalServer, type PortalServer } from '../fixtures/portals/server';
import { passLockGate } from './harness-lock';

export { passLockGate, TEST_PASSPHRASE } from './harness-lock';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
export const DEMO_CITIZENS = resolve(import.meta.dirname, '../fixtures/demo-citizens.json');

export interface Session {
  context: BrowserContext;
  server: PortalServer;
  extensionId: string;
  worker: Worker;
  /** Every request the browser made to a host other than the local portals. */
  externalRequests: string[];
  extUrl(page: string): string;
  close(): Promise<void>;
}

export async function launch(opts: { headless?: boolean; extensionDir?: string } = {}): Promise<Session> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium not found: run `npx tsx scripts/ensure-chromium.ts`');
  const server = await startPortalServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'troly-e2e-'));
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--host-resolver-rules=MAP *.gov.vn 127.0.0.1, MAP gov.vn 127.0.0.1',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  const externalRequests: string[] = [];
  context.on('request', (req) => {
    const u = new URL(req.url());
    const local = u.hostname === '127.0.0.1' || u.hostname === 'localhost' || u.hostname.endsWith('gov.vn');
    if (!local && !['chrome-extension:', 'data:', 'blob:', 'about:'].includes(u.protocol)) externalRequests.push(req.url());
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    server,
    extensionId,
    worker,
    externalRequests,
    extUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: async () => {
      await context.close();
      await server.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Imports a citizens file through the options page, as an officer would. Returns the status text. */
export async function importCitizens(s: Session, file = DEMO_CITIZENS): Promise<string> {
  const page = await s.context.newPage();
  await page.goto(s.extUrl('options.html'));
  await passLockGate(page);
  await page.getByLabel('Nhập dữ liệu công dân').setInputFiles(file);
  const status = page.getByRole('status').filter({ hasText: /Đã nhập|Không nhập/ });
  await status.waitFor();
  const text = (await status.textContent()) ?? '';
  await page.close();
  return text;
}

export async function openPortal(s: Session, host: string, path = '/'): Promise<Page> {
  const page = await s.context.newPage();
  await page.goto(s.server.url(host, path));
  return page;
}

/** One browser per test file with the demo citizens imported (passphrase created); returns a getter. */
export function useImportedSession(): () => Session {
  let s: Session | undefined;
  beforeAll(async () => {
    s = await launch();
    await importCitizens(s);
  });
  afterAll(async () => {
    await s?.close();
  });
  return () => s!;
}
