/** The tornado moves the levers that apply to the scenario's growth mode. */
import { describe, it, expect } from 'vitest';
import { resolveScenario, tornado } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

const resolve = (id: string) => resolveScenario(builtinScenario(id), (x) => builtinScenario(x), defaultPlan);

describe('tornado and growth modes', () => {
  it('an investment-mode scenario gets investment levers, not sector growth', () => {
    const t = tornado(defaultPlan, resolve('investment-led'), { series: 'gdpNominal', year: 2025 });
    const levers = t.rows.map((r) => r.lever);
    expect(levers).toContain('investment.realisationRate');
    expect(levers).toContain('investment.tfpGrowth');
    expect(levers.some((l) => l.startsWith('realGrowth'))).toBe(false);
    const realisation = t.rows.find((r) => r.lever === 'investment.realisationRate')!;
    expect(realisation.highShift).toBeCloseTo(0.2, 12);
    expect(realisation.outputHigh).toBeGreaterThan(t.base);
    expect(realisation.outputLow).toBeLessThan(t.base);
  });

  it('a sectoral scenario gets sector growth levers, not investment ones', () => {
    const t = tornado(defaultPlan, resolve('historical-trend'), { series: 'gdpNominal', year: 2025 });
    const levers = t.rows.map((r) => r.lever);
    expect(levers).toContain('realGrowth.secondary');
    expect(levers.some((l) => l.startsWith('investment.'))).toBe(false);
  });
});
