import { defineConfig } from 'vitest/config';

// Browser tests share one Chromium per file; run files one after another on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
