/**
 * The `mc` and `sensitivity` commands end to end, as a user runs them (each run costs about 2 s, so
 * each test checks several things at once).
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, hasStackTrace } from '../cli/run-cli';

describe('planpath mc', () => {
  it('JSON: paths, quantiles per series and level, targets with probability and interval, joint probability; same on 2 workers', () => {
    const args = ['mc', 'historical-trend', '--paths', '20000', '--seed', '7', '--format', 'json'];
    const a = runCli([...args, '--workers', '0']);
    const b = runCli([...args, '--workers', '2']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
    const doc = JSON.parse(a.stdout);
    expect(doc.paths).toBe(20000);
    expect(doc.quantiles['shares.tertiary']['0.05']).toHaveLength(16);
    expect(Object.keys(doc.quantiles.gdpNominal)).toEqual(['0.05', '0.25', '0.5', '0.75', '0.95']);
    const gdp = doc.targets.find((t: { id: string }) => t.id === 'gdpNominal');
    expect(gdp).toMatchObject({ id: 'gdpNominal', year: 2025, target: 4000, comparator: '>=' });
    expect(gdp.probability).toBeGreaterThanOrEqual(0);
    expect(gdp.standardError).toBeGreaterThanOrEqual(0);
    expect(gdp.interval.lower).toBeLessThanOrEqual(gdp.interval.upper);
    expect(typeof doc.jointProbability).toBe('number');
  });

  it('table in Chinese, adaptive by default (reports the paths used), with a histogram', () => {
    const r = runCli(['mc', 'historical-trend', '--tolerance', '0.01', '--histogram', 'gdpNominal@2025', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('达成目标的概率');
    expect(r.stdout).toContain('已达到误差要求');
    expect(r.stdout).toMatch(/[\d,]+ 条路径/);
    expect(r.stdout).toContain('█');
  });

  it('bad input exits 2 naming the field: a correlation that is not positive semi-definite, --paths 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planpath-mc-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 1, id: 'bad', name: { zh: '坏', en: 'Bad' }, extends: 'historical-trend', uncertainty: { realGrowthVolatility: 0.05, correlation: [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]] } }));
    const bad = runCli(['mc', file, '--paths', '1000']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('uncertainty.correlation');
    const zero = runCli(['mc', 'historical-trend', '--paths', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toContain('--paths');
    for (const r of [bad, zero]) expect(hasStackTrace(r.stderr)).toBe(false);
  });
});

describe('planpath sensitivity', () => {
  it('tornado and Sobol, as JSON', () => {
    const t = JSON.parse(runCli(['sensitivity', 'historical-trend', '--output', 'gdpNominal@2025', '--format', 'json']).stdout);
    expect(t.method).toBe('tornado');
    expect(t.rows[0].swing).toBeGreaterThan(0);
    const s = runCli(['sensitivity', 'historical-trend', '--output', 'shares.tertiary@2030', '--method', 'sobol', '--samples', '1024', '--bootstrap', '50', '--format', 'json']);
    expect(s.code).toBe(0);
    const doc = JSON.parse(s.stdout);
    expect(doc.groups.map((g: { id: string }) => g.id)).toContain('growth.factor1');
    const unknown = runCli(['sensitivity', 'historical-trend', '--output', 'gdp@2025']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('output');
  });
});
