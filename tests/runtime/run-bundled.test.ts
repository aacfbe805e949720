/**
 * scripts/run-bundled.mjs (what `npm run bench` runs): bundles a TypeScript program, runs it under
 * plain Node with its arguments and returns its exit code; files in the entry's folder find the files
 * beside them through import.meta.url, and the worker pool uses the worker prebuilt beside the bundle
 * (no compiler loaded in the measured process). Results equal the in-process runner's.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createInProcessRunner } from '../../runtime/index';
import { builtin, defaultPlan } from '../mc/support/fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('run-bundled', () => {
  it('runs the bundle with its arguments and exit code; sibling files and the prebuilt worker are found; same result as in-process', async () => {
    const r = spawnSync(process.execPath, ['scripts/run-bundled.mjs', 'tests/runtime/fixtures/run-bundled/entry.ts', '--mc-only', 'x'], { cwd: root, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(3);
    const out = JSON.parse(r.stdout);
    expect(out.beside).toBe('found beside the entry');
    expect(out.argv).toEqual(['--mc-only', 'x']);
    expect(out.worker.endsWith('/build/run/planpath-worker.mjs')).toBe(true);
    const expected = await createInProcessRunner().runMonteCarlo({ plan: defaultPlan, scenario: builtin('historical-trend'), options: { paths: 5000, seed: 3, series: ['gdpNominal'] } });
    expect(out.paths).toBe(5000);
    expect(out.gdp).toBe(expected.quantiles.gdpNominal['0.5'][5]);
  });

  it('without an entry: usage on stderr, exit code 2', () => {
    const r = spawnSync(process.execPath, ['scripts/run-bundled.mjs'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage');
  });
});
