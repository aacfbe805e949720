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
    // Goal seek, closed form: (4000 / 1650)^(1/5) / 1.02 - 1 with historical-trend's 2% deflator = 17.03%.
    const closedForm = (Math.pow(4000 / 1650, 1 / 5) / 1.02 - 1) * 100;
    expect(lines[1]).toBe(`real growth needed: ${closedForm.toFixed(2)}% a year`);
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
