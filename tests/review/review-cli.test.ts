/**
 * `planpath review` end to end: the JSON shape (targets as { id, year, target, lastObservedYear,
 * lastObserved, projected, requiredAnnualChange, probability }), tables in both languages, and bad
 * rows exiting 2 with each problem's line and column, never a stack trace.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, hasStackTrace } from '../cli/run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'planpath-review-'));
const csv = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};
const EXAMPLE = 'data/plans/wuhan-etdz-14th/actuals-example.csv';

describe('planpath review', () => {
  it('--format json lists every target with the fields of the review, probabilities from the Monte Carlo', () => {
    const r = runCli(['review', 'historical-trend', '--actuals', EXAMPLE, '--format', 'json', '--paths', '8192']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.anchorYear).toBe(2022);
    expect(doc.monteCarlo.paths).toBe(8192);
    const gdp = doc.targets.find((t: { id: string }) => t.id === 'gdpNominal');
    for (const key of ['id', 'year', 'target', 'lastObservedYear', 'lastObserved', 'projected', 'requiredAnnualChange', 'probability']) expect(gdp, key).toHaveProperty(key);
    // The example file's 2022 GDP is 1,905 亿元: (4000 / 1905)^(1/3) - 1.
    expect(gdp.lastObservedYear).toBe(2022);
    expect(gdp.lastObserved).toBe(1905);
    expect(gdp.requiredAnnualChange).toBeCloseTo(Math.pow(4000 / 1905, 1 / 3) - 1, 12);
    expect(gdp.probability).toBeGreaterThanOrEqual(0);
    expect(gdp.probability).toBeLessThanOrEqual(1);
    expect(doc.comparisons.length).toBe(11);
  });

  it('--paths 0 skips the Monte Carlo: probabilities are null', () => {
    const r = runCli(['review', 'historical-trend', '--actuals', EXAMPLE, '--format', 'json', '--paths', '0']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.monteCarlo).toBeNull();
    expect(doc.targets.find((t: { id: string }) => t.id === 'gdpNominal').probability).toBeNull();
  });

  it('prints bilingual tables', () => {
    const zh = runCli(['review', 'investment-led', '--actuals', EXAMPLE, '--lang', 'zh', '--paths', '4096']);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('实际与规划对照');
    expect(zh.stdout).toContain('现需年均变化');
    const en = runCli(['review', 'investment-led', '--actuals', EXAMPLE, '--lang', 'en', '--paths', '0']);
    expect(en.stdout).toContain('Plan against actual');
    expect(en.stdout).toContain('Targets, re-anchored at 2022');
  });

  it('bad rows exit 2, one line each with line and column, no stack trace, no partial result', () => {
    const path = csv('bad.csv', 'year,series,value\n2021,gdpNominl,1\n2051,gdpNominal,1\n2021,population,many\n2022,population,50\n2022,population,51\n');
    const r = runCli(['review', 'historical-trend', '--actuals', path, '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(hasStackTrace(r.stderr)).toBe(false);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^bad\.csv line 2, column 6 \(series\): "gdpNominl" - unknown series/);
    expect(lines[1]).toMatch(/^bad\.csv line 3, column 1 \(year\): 2051 - year outside the scenario/);
    expect(lines[2]).toMatch(/^bad\.csv line 4, column 17 \(value\): "many" - not a number/);
    expect(lines[3]).toMatch(/^bad\.csv line 6, column 6 \(series\): "population" - duplicate/);
  });

  it('a missing actuals file exits 2 with a message', () => {
    const r = runCli(['review', 'historical-trend', '--actuals', join(tmp, 'none.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/file not found/);
  });

  it('without --actuals starts from the published statistics: final and preliminary figures, with status and source', () => {
    const r = runCli(['review', 'historical-trend', '--format', 'json', '--paths', '4096', '--seed', '7']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.actualsSource).toBe('published');
    expect(doc.statuses).toEqual(['final', 'preliminary']);
    expect(doc.anchorYear).toBe(2022);
    const gdp2022 = doc.comparisons.find((c: { series: string; year: number }) => c.series === 'gdpNominal' && c.year === 2022);
    expect(gdp2022).toMatchObject({ observed: 2008.8, status: 'preliminary', source: 'http://ger.whkfq.gov.cn/2023-03/10/c_869194.htm' });
    // The headline: (4000 / 2008.8)^(1/3) - 1 = 25.8% nominal a year for 2023-2025, against 5.0% real in 2022.
    expect(doc.headline.requiredNominal).toBeCloseTo(Math.pow(4000 / 2008.8, 1 / 3) - 1, 12);
    expect(doc.headline.requiredReal).toBeCloseTo((1 + doc.headline.requiredNominal) / (1 + doc.headline.scenarioPriceRise) - 1, 12);
    expect(doc.headline.observedRealGrowth).toBe(0.05);
    expect(doc.headline.text.en).toContain('needs nominal growth of 25.8% a year in 2023-2025');
    expect(doc.headline.text.zh).toContain('2023-2025年名义需年均增长25.8%');
    expect(doc.headline.probability).toBe(doc.targets.find((t: { id: string }) => t.id === 'gdpNominal').probability);
    expect(doc.summary.byClass.behind).toContain('gdpNominal');
    const lower = doc.published.find((f: { sourceSeries: string; yearText: string }) => f.sourceSeries === 'highTechEnterprises' && f.yearText === '2022');
    expect(lower).toMatchObject({ use: 'lower-bound', reason: 'lower-bound', valueText: '>500' });
  });

  it('--statuses adds estimates and uncertain figures; a bad status exits 2 naming the value and what is allowed', () => {
    const r = runCli(['review', 'historical-trend', '--format', 'json', '--paths', '0', '--statuses', 'final,preliminary,estimate,uncertain']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.comparisons.some((c: { series: string; year: number; status: string }) => c.series === 'population' && c.year === 2021 && c.status === 'uncertain')).toBe(true);
    const bad = runCli(['review', 'historical-trend', '--statuses', 'final,rumour']);
    expect(bad.code).toBe(2);
    expect(hasStackTrace(bad.stderr)).toBe(false);
    expect(bad.stderr).toMatch(/--statuses: "final,rumour" - unknown status rumour; allowed: a comma-separated list of final, preliminary, estimate, uncertain/);
  });

  it('prints the headline, the mid-term summary and the sources in Chinese', () => {
    const r = runCli(['review', 'historical-trend', '--lang', 'zh', '--paths', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('公布的统计数据(最终数、初步数)');
    expect(r.stdout).toContain('2022年地区生产总值2,008.8亿元(初步数)');
    expect(r.stdout).toContain('滞后于预期');
    expect(r.stdout).toContain('未用于评估的公布数据');
    expect(r.stdout).toMatch(/\[1\] https?:\/\//);
  });
});
