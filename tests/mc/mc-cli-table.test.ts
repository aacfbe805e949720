/**
 * `mc` as a table simulates only the series the table shows (tableSeries): the table must be exactly
 * the one computed from a run of every series, as every series reads the same draws. Also checks that
 * the restricted run counts fewer histogram slots (what makes it cheaper) and that JSON runs keep every
 * series.
 */
import { describe, it, expect } from 'vitest';
import { compileMonteCarlo, runMonteCarlo, simulateBlocks } from '../../engine/index';
import { mcTables, tableSeries, TABLE_SERIES } from '../../cli/commands/mc';
import { builtin, defaultPlan } from './support/fixtures';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];

describe('mc table runs simulate only the shown series', () => {
  for (const id of ['plan-target', 'green-transition', 'historical-trend']) {
    it(`${id}: the table from the restricted run equals the table from the full run (both languages)`, async () => {
      const scenario = builtin(id);
      const shown = tableSeries(defaultPlan, scenario);
      expect(shown).toEqual([...TABLE_SERIES]);
      const options = { paths: 12_000, seed: 11, histograms: [{ series: 'energyUseIndex', year: 2030 }] };
      const fullSetup = compileMonteCarlo(defaultPlan, scenario, options);
      const shownSetup = compileMonteCarlo(defaultPlan, scenario, { ...options, series: shown });
      const full = await runMonteCarlo(fullSetup, execute);
      const restricted = await runMonteCarlo(shownSetup, execute);
      expect(shownSetup.model.slots.count).toBeLessThan(fullSetup.model.slots.count);
      for (const lang of ['en', 'zh'] as const) expect(mcTables(restricted, scenario, defaultPlan, lang, shown)).toBe(mcTables(full, scenario, defaultPlan, lang));
      // Every shown figure is bit-identical, and so are the targets, the joint probability and histograms.
      for (const s of shown) {
        expect(restricted.quantiles[s]).toEqual(full.quantiles[s]);
        expect(restricted.mean[s]).toEqual(full.mean[s]);
      }
      expect(restricted.targets).toEqual(full.targets);
      expect(restricted.joint).toEqual(full.joint);
      expect(restricted.histograms).toEqual(full.histograms);
      expect(Object.keys(restricted.quantiles)).toEqual(shown);
    });
  }
});
