/**
 * The planpath CLI end to end: each command's output shape, exit codes, languages, and bad input
 * (exit 2, every problem on its own line, never a stack trace, never a partial result).
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, hasStackTrace } from './run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'planpath-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(tmp, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('planpath CLI', () => {
  it('indicators --format json lists over 50 indicators with base, target and quote', () => {
    const r = runCli(['indicators', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.indicators.length).toBeGreaterThan(50);
    const gdp = doc.indicators.find((i: { id: string }) => i.id === 'gdpNominal');
    expect(gdp.base.value).toBe(1650);
    expect(gdp.target.value).toBe(4000);
    expect(gdp.source.quote).toContain('4000');
  });

  it('indicators --format csv has a header and one row per indicator', () => {
    const r = runCli(['indicators', '--format', 'csv']);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^id,label_zh,label_en,unit/);
    expect(lines.length).toBeGreaterThan(50);
  });

  it('run --format json has years, the required series and the targets', () => {
    const r = runCli(['run', 'plan-target', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.years[0]).toBe(2020);
    expect(doc.years.at(-1)).toBe(2035);
    const n = doc.years.length;
    for (const key of ['gdpNominal', 'gdpReal', 'realGrowth', 'population', 'gdpPerCapita', 'energyIntensityIndex', 'co2IntensityIndex']) expect(doc.series[key], key).toHaveLength(n);
    for (const s of ['primary', 'secondary', 'tertiary']) {
      expect(doc.series.valueAddedNominal[s]).toHaveLength(n);
      expect(doc.series.shares[s]).toHaveLength(n);
    }
    const gdp = doc.targets.find((t: { id: string }) => t.id === 'gdpNominal');
    expect(gdp).toMatchObject({ year: 2025, target: 4000, comparator: '>=', met: true });
    expect(gdp.requiredAnnualChange).toBeCloseTo(0.193755, 6);
    expect(gdp.projected).toBeGreaterThanOrEqual(4000);
  });

  it('run --format csv has one row per year', () => {
    const r = runCli(['run', 'historical-trend', '--format', 'csv']);
    const lines = r.stdout.trim().split(/\r?\n/);
    expect(lines[0].startsWith('year,gdpNominal,gdpReal')).toBe(true);
    expect(lines).toHaveLength(1 + 16);
    expect(lines[1].startsWith('2020,1650,1650')).toBe(true);
  });

  it('run prints tables in Chinese with --lang zh and in English by default from the locale', () => {
    const zh = runCli(['run', 'plan-target', '--lang', 'zh']);
    expect(zh.stdout).toContain('目标记分卡');
    expect(zh.stdout).toContain('亿元');
    const en = runCli(['run', 'plan-target']);
    expect(en.stdout).toContain('Scorecard');
    expect(en.stdout).not.toMatch(/4,?000 billion/);
    const zhLocale = runCli(['run', 'plan-target'], { LANG: 'zh_CN.UTF-8' });
    expect(zhLocale.stdout).toContain('目标记分卡');
  });

  it('solve --format json gives the value and what was achieved', () => {
    const r = runCli(['solve', 'historical-trend', '--target', 'gdpNominal@2025=4000', '--vary', 'realGrowth', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // One real rate g for every sector: sum_s VA_s (1 + g)^5 P_s(2025) = 4000 with historical-trend's sector
    // prices (secondary and primary -0.34% a year, services +6.74%): (1 + g)^5 = 4000 / sum_s VA_s P_s.
    const nominalAtZeroGrowth = (16.5 + 1088.5) * 0.9966 ** 5 + 545 * 1.0674 ** 5;
    expect(doc.value).toBeCloseTo(Math.pow(4000 / nominalAtZeroGrowth, 0.2) - 1, 10);
    expect(doc.achieved[0].achieved).toBeCloseTo(4000, 6);
  });

  it('solve with two targets gives `values`, and --save writes a valid scenario without overwriting', () => {
    const out = join(tmp, 'solved.json');
    const r = runCli(['solve', 'historical-trend', '--target', 'gdpNominal@2025=4000', '--vary', 'realGrowth.secondary', '--target', 'shares.tertiary@2025=0.5', '--vary', 'realGrowth.tertiary', '--format', 'json', '--save', out]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.values).toHaveLength(2);
    expect(existsSync(out)).toBe(true);
    expect(runCli(['validate', out]).code).toBe(0);
    const before = readFileSync(out, 'utf8');
    const again = runCli(['solve', 'historical-trend', '--target', 'gdpNominal@2025=3000', '--vary', 'realGrowth', '--save', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/not overwritten/);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('solve says "no solution in range" with exit 2', () => {
    const r = runCli(['solve', 'historical-trend', '--target', 'gdpNominal@2025=99999999', '--vary', 'realGrowth.primary']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no solution in range/);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('compare shows scenarios side by side', () => {
    const r = runCli(['compare', 'plan-target', 'historical-trend', '--format', 'json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.scenarios.map((s: { id: string }) => s.id)).toEqual(['plan-target', 'historical-trend']);
    const gdp = doc.targets.find((t: { id: string }) => t.id === 'gdpNominal');
    expect(gdp.byScenario.map((x: { met: boolean }) => x.met)).toEqual([true, false]);
  });

  it('validate exits 0 for a valid file whose extends names a built-in scenario', () => {
    const path = file('child.json', { schemaVersion: 1, id: 'child', name: { zh: '子', en: 'Child' }, extends: 'historical-trend', assumptions: { deflator: 0.03 } });
    const r = runCli(['validate', path]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/valid: child/);
  });

  it('a file whose extends names a sibling file resolves it', () => {
    file('parent-x.json', { schemaVersion: 1, id: 'parent-x', name: { zh: '父', en: 'Parent' }, baseYear: 2020, endYear: 2025, assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 } });
    const path = file('child-x.json', { schemaVersion: 1, id: 'child-x', name: { zh: '子', en: 'Child' }, extends: 'parent-x' });
    expect(runCli(['run', path, '--format', 'json']).code).toBe(0);
  });

  const bad: [string, string | object, RegExp][] = [
    ['not JSON', '{ "schemaVersion": 1, ', /not valid JSON/],
    ['a wrong type and a typo', { schemaVersion: 1, id: 'bad', name: { zh: '坏', en: 'Bad' }, baseYear: 2020, endYear: 2025, assumptions: { realGrowth: 'fast', deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04, deflaotr: 1 } }, /(?=[\s\S]*assumptions\.realGrowth: "fast" - wrong type)(?=[\s\S]*assumptions\.deflaotr: 1 - unknown field)/],
    ['a rate at -100%', { schemaVersion: 1, id: 'bad', name: { zh: '坏', en: 'Bad' }, baseYear: 2020, endYear: 2025, assumptions: { realGrowth: -1, deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 } }, /assumptions\.realGrowth: -1 - at or below the floor; allowed/],
    ['an unknown extends', { schemaVersion: 1, id: 'bad', name: { zh: '坏', en: 'Bad' }, extends: 'nowhere' }, /extends: "nowhere" - no scenario with this id/],
  ];
  for (const [what, content, pattern] of bad) {
    it(`validate and run reject ${what}: exit 2, the problems, no stack trace, no output`, () => {
      const path = file(`bad-${what.replace(/\W+/g, '-')}.json`, content);
      for (const cmd of ['validate', 'run']) {
        const r = runCli([cmd, path]);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(pattern);
        expect(hasStackTrace(r.stderr)).toBe(false);
        expect(r.stdout).toBe('');
      }
    });
  }

  it('errors print in Chinese with --lang zh', () => {
    const path = file('bad-zh.json', { schemaVersion: 1, id: 'bad', name: { zh: '坏', en: 'Bad' }, extends: 'nowhere' });
    const r = runCli(['validate', path, '--lang', 'zh']);
    expect(r.stderr).toMatch(/没有该标识的情景/);
  });

  it('unknown commands and options exit 2 with usage', () => {
    expect(runCli(['frobnicate']).code).toBe(2);
    const r = runCli(['run', 'plan-target', '--fromat', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });

  it('a second plan file runs through the CLI unchanged', () => {
    const r = runCli(['run', 'tests/fixtures/sample-scenario.json', '--plan', 'tests/fixtures/sample-plan.json', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.plan.id).toBe('sample-county');
    expect(doc.series.gdpNominal[0]).toBe(200);
  });
});
