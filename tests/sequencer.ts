/**
 * The order in which `npm test` hands test files to its workers (one per core): vitest's own order
 * (browser files first, then the longest first by the last run's durations), except when the web app
 * must be built first (its sources changed since the last build): then the first browser file starts
 * the build (tests/e2e/support/build-app.ts, shared by every browser file) and the files queued right
 * behind it are unit files worth about BUILD_WAIT_MS, so that the other worker runs them instead of
 * waiting for the build in a second browser file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { appBuildReady } from './e2e/support/build-app';

/** About what a build of the app takes on a busy 2-core machine. */
const BUILD_WAIT_MS = 30_000;

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
    const sorted = await super.sort(files);
    if (appBuildReady()) return sorted;
    const first = sorted.find(drivesBrowser);
    if (!first) return sorted;
    const lastMs = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`)?.duration ?? 1000;
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
