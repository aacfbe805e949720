/**
 * The income target "与经济增长基本同步" is judged on a stand-in: average income growth minus average real GDP
 * growth since 2020, within ±1 percentage point. The row is in percentage points, and it has no "required
 * annual change" (the value is already an average over the years; (target - base) / years means nothing).
 */
import { describe, it, expect } from 'vitest';
import { project, resolveScenario, scoredUnit } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import { runCli } from '../cli/run-cli';

const plan = defaultPlan;
const run = (id: string) => project(plan, resolveScenario(builtinScenario(id), (x) => builtinScenario(x), plan));
const ind = plan.indicators.find((i) => i.id === 'disposableIncomeGrowth')!;

describe('the disposable-income stand-in', () => {
  it('is judged in percentage points and shows no annual change', () => {
    expect(scoredUnit(ind)).toEqual({ unit: '百分点', unitEn: 'percentage points' });
    // Indicators judged on their own target keep their unit.
    expect(scoredUnit(plan.indicators.find((i) => i.id === 'gdpNominal')!).unit).toBe('亿元');
    for (const id of ['plan-target', 'historical-trend']) {
      const row = run(id).targets.find((t) => t.id === 'disposableIncomeGrowth')!;
      expect(row.unit).toBe('百分点');
      expect(row.requiredAnnualChange).toBeNull();
      expect(row.projectedAnnualChange).toBeNull();
    }
  });

  it('equals the hand calculation: income follows real GDP per resident (elasticity 1)', () => {
    const p = run('plan-target');
    const t = p.years.indexOf(2025);
    const g = p.series.gdpReal, pop = p.series.population;
    // With elasticity 1 the income index telescopes to (g_t / pop_t) / (g_0 / pop_0).
    const incomeAvg = Math.pow(g[t] / pop[t] / (g[0] / pop[0]), 1 / t) - 1;
    const gdpAvg = Math.pow(g[t] / g[0], 1 / t) - 1;
    const row = p.targets.find((r) => r.id === 'disposableIncomeGrowth')!;
    expect(row.projected!).toBeCloseTo((incomeAvg - gdpAvg) * 100, 9);
    // Population doubling (48 -> 100 万) while GDP grows 17% a year leaves GDP per resident almost flat: far outside ±1 pp.
    expect(row.projected!).toBeLessThan(-10);
    expect(row.status).toBe('missed');
  });

  it('the CLI names the unit in the scorecard and in compare, in both languages, with no annual change', () => {
    const run = runCli(['run', 'plan-target', '--lang', 'en']);
    expect(run.code).toBe(0);
    const row = run.stdout.split('\n').find((l) => l.startsWith('Growth of per-capita disposable income'))!;
    expect(row).toMatch(/percentage points\s+2025\s+-1\.00-1\.00\s+-15\.79\s+missed\s+-\s+-\s+model/);
    const zh = runCli(['compare', 'services-led', 'manufacturing-surge', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('居民人均可支配收入增长 (百分点) 2025 ∈ [-1.00, 1.00]*');
    expect(zh.stdout).toContain('地区生产总值 (亿元) 2025 ≥ 4,000');
  });
});
