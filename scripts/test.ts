/**
 * `npm test`: type check, unit tests, then browser tests against the built extension, ending with one
 * plain line "Tests: N passed, N failed" for CI. Stops at the first failing stage.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium';

const out = mkdtempSync(join(tmpdir(), 'troly-test-'));
let passed = 0;
let failed = 0;

function run(title: string, cmd: string, args: string[]): void {
  console.log(`\n▶ ${title}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  if (r.status !== 0) finish(`${title}: failed`);
}

function vitest(title: string, args: string[]): void {
  const report = join(out, `${title.replace(/\W+/g, '-')}.json`);
  console.log(`\n▶ ${title}`);
  const r = spawnSync('npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    stdio: 'inherit',
    env: process.env,
  });
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += json.numPassedTests;
    failed += json.numFailedTests;
  } catch {
    failed += 1;
  }
  if (r.status !== 0) finish(`${title}: failed`);
}

function finish(reason?: string): never {
  if (reason) console.error(`\n✖ ${reason}`);
  console.log(`\nTests: ${passed} passed, ${failed} failed`);
  process.exit(reason ? 1 : 0);
}

run('Type check', 'npx', ['tsc', '--noEmit']);
vitest('Unit tests', []);
ensureChromium();
run('Firefox build and addons-linter', 'npm', ['run', '-s', 'lint:firefox']);
run('Build extension', 'npx', ['wxt', 'build']);
vitest('Browser tests', ['--config', 'vitest.e2e.config.ts']);
finish();
