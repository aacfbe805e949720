/**
 * The package as a typed library for scripts (build/lib, package.json "exports"): the documented example
 * runs and prints what independent calculations give, and a TypeScript script type-checks against the
 * shipped declarations.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('planpath as a library', () => {
  it('exports "." and "./node" with type declarations that the build wrote', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    for (const entry of ['.', './node']) {
      expect(existsSync(`${root}${pkg.exports[entry].import}`), entry).toBe(true);
      expect(existsSync(`${root}${pkg.exports[entry].types}`), entry).toBe(true);
    }
  });

  it('runs the example of docs/library.md', () => {
    const r = spawnSync(process.execPath, ['docs/examples/library.mjs'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    // The projection's own values are checked in tests/engine; here: a number of 亿元 between base and target.
    const gdp = Number(/GDP 2025 under historical-trend: ([\d.]+) 亿元/.exec(lines[0])?.[1]);
    expect(gdp).toBeGreaterThan(1650);
    expect(gdp).toBeLessThan(4000);
    // Goal seek, closed form: with every sector's real value added growing at g, nominal GDP 2025 is
    // sum_s VA_s(2020) (1+g)^5 P_s(2025) with the scenario's own sector price indices P_s (they do not
    // depend on real growth), so (1+g)^5 = 4000 / sum_s VA_s(2020) P_s(2025).
    const doc = JSON.parse(spawnSync(process.execPath, ['cli/bin.mjs', 'run', 'historical-trend', '--format', 'json'], { cwd: root, encoding: 'utf8' }).stdout);
    const t = doc.years.indexOf(2025);
    const sectors = ['primary', 'secondary', 'tertiary'];
    const atBasePrices = sectors.reduce((sum, s) => sum + doc.series.valueAddedReal[s][0] * doc.series.priceIndex[s][t], 0);
    const closedForm = (Math.pow(4000 / atBasePrices, 1 / 5) - 1) * 100;
    expect(lines[1]).toBe(`real growth needed: ${closedForm.toFixed(2)}% a year`);
    expect(gdp).toBeCloseTo(doc.series.gdpNominal[t], 1);
    expect(lines[2]).toMatch(/^P\(GDP 2025 >= 4000\) = \d+\.\d% over 20000 paths$/);
  });

  it('type-checks a TypeScript script against the shipped declarations', () => {
    const tsc = `${root}node_modules/.bin/tsc`;
    const out = (() => {
      try {
        return execFileSync(tsc, ['-p', 'tests/lib/typed-script/tsconfig.json'], { cwd: root, encoding: 'utf8' });
      } catch (error) {
        return String((error as { stdout?: string }).stdout);
      }
    })();
    expect(out).toBe('');
  });
});
