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
 * Seconds the files over 2 s took in a full run on the 2-core machine (vitest's cache, 2 December 2026),
 * for runs without a cache; any other file counts as 1 s. Only their order matters: it need not be exact.
 */
const KNOWN_SECONDS: Record<string, number> = {
  'tests/e2e/app.test.ts': 40,
  'tests/e2e/faults.test.ts': 28,
  'tests/e2e/workshop.test.ts': 23,
  'tests/e2e/review.test.ts': 18,
  'tests/cli/cli.test.ts': 17,
  'tests/investment/goal-seek.test.ts': 17,
  'tests/e2e/workshop-presenter.test.ts': 16,
  'tests/typecheck.test.ts': 16,
  'tests/e2e/decision.test.ts': 13,
  'tests/e2e/fast-draw.test.ts': 13,
  'tests/e2e/energy-chart.test.ts': 12,
  'tests/e2e/game-edit.test.ts': 10,
  'tests/e2e/linked-charts.test.ts': 8,
  'tests/lib/library.test.ts': 7.7,
  'tests/review/review-cli.test.ts': 7.7,
  'tests/hostile/cli-hostile.test.ts': 7.2,
  'tests/runtime/determinism.test.ts': 6.9,
  'tests/engine/projection.test.ts': 6.7,
  'tests/runtime/pool-faults.test.ts': 5.9,
  'tests/runtime/browser-pool.test.ts': 5.4,
  'tests/engine/goal-seek.test.ts': 5.3,
  'tests/cli/mc-output-stable.test.ts': 4.7,
  'tests/decision/decision-cli.test.ts': 4.2,
  'tests/e2e/speed-drag.test.ts': 4.1,
  'tests/storage/two-windows.test.ts': 4.1,
  'tests/runtime/caller-pool-executor.test.ts': 4.1,
  'tests/sensitivity/jansen.test.ts': 3.9,
  'tests/jobs-land/scenarios.test.ts': 3.6,
  'tests/mc/kernel-wasm.test.ts': 3.6,
  'tests/review/reanchor.test.ts': 3.5,
  'tests/mc/accumulators.test.ts': 3.3,
  'tests/mc/cli.test.ts': 3.1,
  'tests/mc/reuse-counts.test.ts': 2.9,
  'tests/mc/kernel-generated.test.ts': 2.8,
  'tests/calibration/calibrate-cli.test.ts': 2.8,
  'tests/mc/kernel-reference.test.ts': 2.7,
  'tests/decision/solve-many.test.ts': 2.7,
  'tests/runtime/pool-reuse.test.ts': 2.5,
  'tests/hostile/issue-list.test.ts': 2.4,
  'tests/runtime/run-bundled.test.ts': 2.3,
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
