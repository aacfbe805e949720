import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import TestOrder from './tests/sequencer';

// One test command for everything (`npm test`): unit and property tests in Node, and the browser
// end-to-end tests under tests/e2e (they drive Debian's chromium on the app, built once per source state).
//
// Two projects, for speed: the unit and browser files share their module graph within a worker
// (`isolate: false`: the engine is imported once per worker instead of once per file, which cut the
// suite's CPU time by more than half; for the browser files also playwright-core, about 1 s of CPU per
// file on 2 cores; and one chromium per worker, tests/e2e/support/browser.ts: each browser file opens and
// closes pages of its own in it and starts from no saved work), while files that install globals (fake
// IndexedDB) keep a fresh module graph each.
const ISOLATED = ['tests/storage/**/*.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // One worker per core. Vitest's default (cores - 1) ran everything in one worker on the 2-core machines
    // this project runs on: 378 s for the suite, against 245 s with two workers (measured on a clean clone).
    maxWorkers: Math.max(2, availableParallelism()),
    globalSetup: ['tests/global-setup.ts'],
    // Transformed modules are kept on disk (node_modules/.experimental-vitest-cache, keyed by each file's
    // content; npm ci starts it afresh): a rerun skips most of the transform and import time of its ~130
    // files (tests/game + tests/ui-state, 20 files: 4.5-5.9 s -> 2.8 s). A clean clone's first run is unchanged.
    experimental: { fsModuleCache: true },
    // While the web app's build is out of date, unit files run beside the browser file that builds it (tests/sequencer.ts).
    sequence: { sequencer: TestOrder },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: ISOLATED, isolate: false } },
      { extends: true, test: { name: 'isolated', include: ISOLATED, isolate: true } },
    ],
  },
});
