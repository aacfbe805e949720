/**
 * Energy and CO2 in the Monte Carlo of the built-ins (structural modes): the targets get real
 * probabilities, the median path sits near the deterministic projection, and the series come from
 * energy primitives.
 */
import { describe, expect, it } from 'vitest';
import { compileMonteCarlo, runMonteCarlo, simulateBlocks } from '../../engine/index';
import { builtin, defaultPlan } from '../mc/support/fixtures';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];

describe('energy and CO2 on every path', () => {
  for (const id of ['historical-trend', 'services-led']) {
    it(`${id}: energy and CO2 targets have probabilities strictly between 0 and 1`, async () => {
      const setup = compileMonteCarlo(defaultPlan, builtin(id), { paths: 8192, series: ['energyIntensityChangeSinceBase', 'co2IntensityIndex', 'energyUse.secondary'] });
      expect(setup.catalogue.get('energyIntensityChangeSinceBase')!.source.kind).toBe('primitive');
      const r = await runMonteCarlo(setup, execute);
      for (const target of ['energyIntensityReduction', 'co2IntensityReduction']) {
        const t = r.targets.find((x) => x.id === target)!;
        expect(t.deterministic, target).toBe(false);
        expect(t.probability, target).toBeGreaterThan(0.02);
        expect(t.probability, target).toBeLessThan(0.98);
      }
      // The median of the energy-intensity change is within 1 point of the deterministic path in 2025.
      const i = r.years.indexOf(2025);
      expect(Math.abs(r.quantiles.energyIntensityChangeSinceBase['0.5'][i] - r.deterministic.energyIntensityChangeSinceBase[i])).toBeLessThan(0.01);
    });
  }
});
