import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian Chromium and Firefox ESR.
// Run after `npm run build`; files run one at a time since each starts a browser.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
