/**
 * Properties of the deterministic projection (engine/model), over generated valid scenarios.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { project, resolveScenario, SECTORS, type ScenarioFile } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { fcParams, scenarioArb, rate } from '../arbitraries/scenario';

const plan = defaultPlan;
const run = (s: ScenarioFile) => project(plan, resolveScenario(s, () => undefined, plan));
const rel = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);

describe('projection properties', () => {
  it('sector shares of nominal GDP sum to 1 in every year', () => {
    fc.assert(fc.property(scenarioArb(), (s) => {
      const p = run(s);
      p.years.forEach((_, t) => expect(Math.abs(SECTORS.reduce((a, k) => a + p.series.shares[k][t], 0) - 1)).toBeLessThan(1e-12));
    }), fcParams());
  });

  it('nominal value added = real value added x the sector price index; GDP = sum of sectors', () => {
    fc.assert(fc.property(scenarioArb(), (s) => {
      const p = run(s);
      p.years.forEach((_, t) => {
        for (const k of SECTORS) expect(rel(p.series.valueAddedNominal[k][t], p.series.valueAddedReal[k][t] * p.series.priceIndex[k][t])).toBeLessThan(1e-12);
        expect(rel(p.series.gdpNominal[t], SECTORS.reduce((a, k) => a + p.series.valueAddedNominal[k][t], 0))).toBeLessThan(1e-12);
        expect(rel(p.series.gdpNominal[t], p.series.gdpReal[t] * p.series.gdpDeflatorIndex[t])).toBeLessThan(1e-12);
      });
    }), fcParams());
  });

  it('equal growth and prices in every sector keep the shares at their base values', () => {
    fc.assert(fc.property(scenarioArb(), fc.array(rate(), { minLength: 15, maxLength: 15 }), (s, g) => {
      const n = s.endYear! - 2020;
      const p = run({ ...s, assumptions: { ...s.assumptions, realGrowth: g.slice(0, n), deflator: 0.02 } });
      p.years.forEach((_, t) => {
        expect(p.series.shares.tertiary[t]).toBeCloseTo(545 / 1650, 12);
        expect(p.series.shares.primary[t]).toBeCloseTo(16.5 / 1650, 12);
      });
    }), fcParams());
  });

  it('GDP in every later year strictly increases with any one sector\'s growth', () => {
    fc.assert(fc.property(scenarioArb(), fc.constantFrom(...SECTORS), fc.double({ min: 1e-4, max: 0.2, noNaN: true }), (s, sector, bump) => {
      const n = s.endYear! - 2020;
      const base = run(s);
      const rg = s.assumptions!.realGrowth!;
      const perSector = typeof rg === 'object' && !Array.isArray(rg) ? rg : { primary: rg, secondary: rg, tertiary: rg };
      const path = perSector[sector];
      const bumped = (Array.isArray(path) ? path : new Array(n).fill(path)).map((x: number) => Math.min(1, x + bump));
      const higher = run({ ...s, assumptions: { ...s.assumptions, realGrowth: { ...perSector, [sector]: bumped } } });
      for (let t = 1; t <= n; t++) {
        expect(higher.series.gdpNominal[t]).toBeGreaterThan(base.series.gdpNominal[t]);
        expect(higher.series.gdpReal[t]).toBeGreaterThan(base.series.gdpReal[t]);
      }
    }), fcParams());
  });

  it('n yearly steps of a constant rate equal the compound formula', () => {
    fc.assert(fc.property(rate(), rate(-0.05, 0.1), rate(-0.05, 0.2), fc.integer({ min: 2021, max: 2050 }), (g, d, pop, endYear) => {
      const n = endYear - 2020;
      const p = run({ schemaVersion: 1, id: 'c', name: { zh: 'c', en: 'c' }, baseYear: 2020, endYear, assumptions: { realGrowth: g, deflator: d, population: { growth: pop }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 } });
      expect(rel(p.series.gdpReal[n], 1650 * Math.pow(1 + g, n))).toBeLessThan(1e-12);
      expect(rel(p.series.gdpNominal[n], 1650 * Math.pow((1 + g) * (1 + d), n))).toBeLessThan(1e-12);
      expect(rel(p.series.population[n], 48.1338 * Math.pow(1 + pop, n))).toBeLessThan(1e-12);
      expect(rel(p.series.energyIntensityIndex[n], Math.pow(0.97, n))).toBeLessThan(1e-12);
      expect(rel(p.series.energyUseIndex[n], Math.pow(0.97 * (1 + g), n))).toBeLessThan(1e-12);
    }), fcParams());
  });

  it('valid input never yields NaN or Infinity', () => {
    fc.assert(fc.property(scenarioArb(), (s) => {
      const p = run(s);
      const walk = (x: unknown): void => {
        if (typeof x === 'number') expect(Number.isFinite(x)).toBe(true);
        else if (Array.isArray(x)) x.forEach(walk);
        else if (x && typeof x === 'object') Object.values(x).forEach(walk);
      };
      walk(p.series);
      p.targets.forEach((t) => [t.projected, t.gap, t.requiredAnnualChange].forEach((v) => v === null || expect(Number.isFinite(v)).toBe(true)));
    }), fcParams());
  });
});
