import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { svelte } from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  // Without the browser condition, `mount` resolves to Svelte's server build in component tests.
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  plugins: [WxtVitest(), svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
