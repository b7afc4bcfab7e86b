import { defineConfig } from '@playwright/test';

// The e2e tests start their own Chromium through the Chromium host (tests/e2e/fixtures.ts),
// so Playwright never downloads or launches a browser of its own.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  // A ceiling for a hung test: on the shared 2-core machine (load 20–40) a 20 s flow took over 60 s.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
});
