/**
 * `mc` prints the same figures whatever it skips simulating. The expected outputs were first printed by
 * the CLI before table runs summarised only the table's two years (McOptions.years) and before any other
 * speed-up of issue 12 (commit b3dcc39, bundled CLI), and printed again when the energy stage's normals
 * moved to a stream of their own (drawn only in the years the stage runs; the JSON document, which reads
 * every energy series in every year, and the table, which reads them in 2025 only, then draw the same
 * numbers for everything else: tests/mc/mc-cli-table.test.ts): the table at 1,000 paths in both
 * languages, a table with a histogram, and the SHA-256 of the JSON document (every series, every year; 145 KB).
 * 1,000 paths run in-process; `--workers 2` runs the same blocks on a worker pool and must print the
 * same bytes. Should an intended change of output break this, regenerate with the commands named here.
 */
import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { runCli } from './run-cli';

const expected = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('mc output is unchanged by what the run skips', () => {
  for (const lang of ['en', 'zh'] as const) {
    it(`table, plan-target, 1,000 paths (${lang}): in-process and on 2 workers`, () => {
      const want = expected(`mc-plan-target-1k.${lang}.txt`);
      for (const extra of [[], ['--workers', '2']]) {
        const r = runCli(['mc', 'plan-target', '--paths', '1000', '--lang', lang, ...extra]);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(want);
      }
    });
  }

  it('table with a histogram, historical-trend, 1,000 paths (en)', () => {
    const r = runCli(['mc', 'historical-trend', '--paths', '1000', '--lang', 'en', '--histogram', 'gdpNominal@2025']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(expected('mc-historical-trend-1k-histogram.en.txt'));
  });

  it('JSON, plan-target, 1,000 paths: every series and year, byte for byte', () => {
    const r = runCli(['mc', 'plan-target', '--paths', '1000', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(sha256(r.stdout)).toBe('048f645f24b7febc752687dc5d64762235a65228570d8e95863407637ac6d95f');
    const doc = JSON.parse(r.stdout);
    // Every year of every series is summarised in JSON (no NaN, printed as null).
    expect(doc.quantiles.gdpNominal['0.5']).toHaveLength(doc.years.length);
    expect(r.stdout).not.toContain('null');
  });
});
