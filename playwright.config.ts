import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1, // 2-core machine; each test launches its own Chromium
  retries: 0,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
