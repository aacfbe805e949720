/**
 * The inverse question through the same goal seek: the realisation of the programme, the investment,
 * the TFP growth or the ICOR needed to reach a GDP target. Golden value from the ICOR closed form;
 * round trips; levers that do not drive the scenario's growth mode are refused.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { applyLever, isPlanpathError, project, solveOne, type AnyLeverId, type InvestmentSpec } from '../../engine/index';
import { fcParams } from '../arbitraries/scenario';
import { cobbDouglas, investmentScenario, plan } from './helpers';

const icorBlock: InvestmentSpec = { method: 'icor', realisationRate: 0.8, capitalOutputRatio: 3, depreciation: 0.096, icor: 6.5 };

describe('investment goal seek', () => {
  it('ICOR closed form: real GDP 2025 of 3,000 needs realisation r with 1650 + 5 r (12057 / 5) / 6.5 = 3000', () => {
    // No inflation, so real = nominal: r = (3000 - 1650) x 6.5 / 12057.
    const s = investmentScenario(icorBlock, 2030, { assumptions: { realGrowth: 0.05, deflator: 0, population: { growth: 0.02 }, energyIntensityChange: -0.03, co2IntensityChange: -0.03 } });
    const r = solveOne(plan, s, { output: 'gdpReal', year: 2025, value: 3000 }, { lever: 'investment.realisationRate' });
    expect(r.levers[0].value).toBeCloseTo((1350 * 6.5) / 12057, 10);
  });

  it('solve, apply, run: GDP hits the target within 1e-9 for every investment lever (property)', () => {
    const levers: [AnyLeverId, InvestmentSpec][] = [['investment.realisationRate', cobbDouglas], ['investment.tfpGrowth', cobbDouglas], ['investment.amountYi', cobbDouglas], ['investment.icor', icorBlock], ['investment.realisationRate', icorBlock]];
    fc.assert(fc.property(fc.constantFrom(...levers), fc.integer({ min: 2021, max: 2030 }), fc.double({ min: 0.8, max: 1.25, noNaN: true }), ([lever, block], year, factor) => {
      const s = investmentScenario(block);
      const value = project(plan, s).series.gdpNominal[year - 2020] * factor;
      let r;
      try {
        r = solveOne(plan, s, { output: 'gdpNominal', year, value }, { lever });
      } catch (error) {
        fc.pre(!(isPlanpathError(error) && error.kind === 'no-solution'));
        throw error;
      }
      const achieved = project(plan, applyLever(s, lever, r.levers[0].value)).series.gdpNominal[year - 2020];
      expect(Math.abs(achieved - value) / value).toBeLessThan(1e-9);
    }), fcParams());
  });

  it('refuses realGrowth in investment mode and investment levers in sectoral mode, naming the lever', () => {
    const s = investmentScenario(cobbDouglas);
    for (const [scenario, lever] of [[s, 'realGrowth.tertiary'], [{ ...s, growthMode: 'sectoral' as const }, 'investment.tfpGrowth'], [s, 'investment.icor']] as const) {
      try {
        solveOne(plan, scenario, { output: 'gdpNominal', year: 2025, value: 4000 }, { lever: lever as AnyLeverId });
        expect.unreachable();
      } catch (error) {
        expect(isPlanpathError(error) && error.kind).toBe('invalid-request');
        expect(isPlanpathError(error) && error.issues[0].path).toBe('vary');
      }
    }
  });

  it('4,000 亿元 in 2025 on the investment-led assumptions needs about 148% of the programme or 6.5% TFP growth', () => {
    const s = investmentScenario(cobbDouglas, 2035, { assumptions: { realGrowth: { primary: 0.02, secondary: 0.039, tertiary: 0.091 }, deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.029, co2IntensityChange: -0.029 } });
    const realisation = solveOne(plan, s, { output: 'gdpNominal', year: 2025, value: 4000 }, { lever: 'investment.realisationRate' }).levers[0].value;
    const tfp = solveOne(plan, s, { output: 'gdpNominal', year: 2025, value: 4000 }, { lever: 'investment.tfpGrowth' }).levers[0].value;
    expect(realisation).toBeGreaterThan(1.45);
    expect(realisation).toBeLessThan(1.51);
    expect(tfp).toBeGreaterThan(0.06);
    expect(tfp).toBeLessThan(0.07);
  });
});
