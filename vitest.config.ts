import { defineConfig } from 'vitest/config';

// One test command for everything (`npm test`): unit and property tests in Node, and the browser
// end-to-end tests under tests/e2e (they build the app and drive Debian's chromium).
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    globalSetup: ['tests/global-setup.ts'],
  },
});
