/**
 * The order in which `npm test` hands test files to its workers (one per core): vitest's own order
 * (the longest first by the last run's durations), except when the web app must be built first (its
 * sources changed since the last build): then the first browser file starts the build
 * (tests/e2e/support/build-app.ts, shared by every browser file) and the files queued right behind it
 * are unit files worth about BUILD_WAIT_MS, so that the other worker runs them instead of waiting for
 * the build in a second browser file.
 *
 * With no last duration for a file (a clean clone has no vitest cache), vitest runs the largest files
 * first, which put the 16 s type-check file 126th of 131 (a tail on one worker while the other idles):
 * then every file is ordered by its last duration or, lacking one, by KNOWN_SECONDS (longest first).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { appBuildReady } from './e2e/support/build-app';

/** About what a build of the app takes on a busy 2-core machine. */
const BUILD_WAIT_MS = 30_000;

/**
 * Seconds the files over 2 s took in a clean clone's run on the 2-core machine (2 December 2026, 19:40 UTC),
 * for runs without a cache; any other file counts as 1 s. Only their order matters: it need not be exact.
 */
const KNOWN_SECONDS: Record<string, number> = {
  'tests/e2e/app.test.ts': 40,
  'tests/e2e/faults.test.ts': 22,
  'tests/e2e/review.test.ts': 18,
  'tests/e2e/workshop.test.ts': 16,
  'tests/e2e/fast-draw.test.ts': 10,
  'tests/e2e/game-edit.test.ts': 10,
  'tests/investment/goal-seek.test.ts': 9.6,
  'tests/e2e/decision.test.ts': 8.9,
  'tests/typecheck.test.ts': 8.1,
  'tests/e2e/workshop-presenter.test.ts': 8.1,
  'tests/hostile/cli-hostile.test.ts': 7.9,
  'tests/e2e/energy-chart.test.ts': 7.5,
  'tests/cli/cli.test.ts': 6.7,
  'tests/e2e/linked-charts.test.ts': 6.1,
  'tests/runtime/determinism.test.ts': 5.4,
  'tests/runtime/pool-faults.test.ts': 5.3,
  'tests/engine/goal-seek.test.ts': 4.0,
  'tests/review/review-cli.test.ts': 3.0,
  'tests/mc/accumulators.test.ts': 3.0,
  'tests/e2e/speed-drag.test.ts': 2.9,
  'tests/mc/kernel-reference.test.ts': 2.8,
  'tests/runtime/browser-pool.test.ts': 2.7,
  'tests/mc/cli.test.ts': 2.5,
  'tests/lib/library.test.ts': 2.4,
  'tests/decision/decision-cli.test.ts': 2.1,
};

function drivesBrowser(spec: TestSpecification): boolean {
  if (!spec.moduleId.includes('/tests/e2e/')) return false;
  try {
    return readFileSync(spec.moduleId, 'utf8').includes('startApp(');
  } catch {
    return false;
  }
}

export default class TestOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const path = (spec: TestSpecification) => relative(this.ctx.config.root, spec.moduleId);
    const last = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`)?.duration;
    const lastMs = (spec: TestSpecification) => last(spec) ?? (KNOWN_SECONDS[path(spec)] ?? 1) * 1000;
    let sorted = await super.sort(files);
    // Longest first when some file has no last duration (a stable sort: vitest's order among equals).
    if (sorted.some((spec) => last(spec) === undefined)) sorted = [...sorted].sort((a, b) => lastMs(b) - lastMs(a));
    if (appBuildReady()) return sorted;
    const first = sorted.find(drivesBrowser);
    if (!first) return sorted;
    const behind: TestSpecification[] = [];
    let ms = 0;
    for (const spec of sorted) {
      if (ms >= BUILD_WAIT_MS) break;
      if (spec === first || drivesBrowser(spec)) continue;
      behind.push(spec);
      ms += lastMs(spec);
    }
    return [first, ...behind, ...sorted.filter((s) => s !== first && !behind.includes(s))];
  }
}
