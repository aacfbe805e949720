/**
 * The linked model through the CLI: `run --format json` carries the new series with units, and
 * `validate` names a file that states both population modes, in both languages, without a stack trace.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, hasStackTrace } from '../cli/run-cli';

describe('linked model in the CLI', () => {
  it('run --format json has jobs, land, implied investment, industry and income series with units', () => {
    const r = runCli(['run', 'manufacturing-surge', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const s = doc.series;
    for (const path of ['populationSupportedByJobs', 'laborProductivity', 'constructionLandKm2', 'impliedInvestment', 'impliedInvestmentCumulative', 'industrialOutput', 'disposableIncomeIndex']) {
      expect(s[path], path).toHaveLength(doc.years.length);
      expect(doc.units[path], path).toBeDefined();
    }
    for (const k of ['total', 'primary', 'secondary', 'tertiary']) expect(s.employment[k]).toHaveLength(doc.years.length);
    expect(Object.keys(s.clusterOutput)).toEqual(expect.arrayContaining(['automotive', 'nevIcv', 'autoCluster']));
    // 2025: jobs 36.4 万 support 68.5 万 residents; the cumulative implied investment passes the 12,057 亿元 reserve.
    const t = doc.years.indexOf(2025);
    expect(s.employment.total[t]).toBeCloseTo(36.43, 1);
    expect(s.impliedInvestmentCumulative[t]).toBeGreaterThan(12057);
  });

  it('validate names both population fields when a file states both modes, in Chinese and English', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planpath-jobs-'));
    const file = join(dir, 'both.json');
    writeFileSync(file, JSON.stringify({ schemaVersion: 2, id: 'both', name: { zh: '两者', en: 'Both' }, extends: 'historical-trend', assumptions: { population: { growth: 0.03, mode: 'jobs', productivityGrowth: 0.05, adjustmentSpeed: 0.5 } } }));
    for (const lang of ['en', 'zh']) {
      const r = runCli(['validate', file, '--lang', lang]);
      expect(r.code).toBe(2);
      expect(r.stdout + r.stderr).toContain('assumptions.population.growth');
      expect(r.stdout + r.stderr).toContain('assumptions.population.mode');
      expect(hasStackTrace(r.stdout + r.stderr)).toBe(false);
    }
  });
});
