/**
 * A table run of `mc` summarises only the two years its quantile table shows (the plan's end year 2025
 * and the scenario's last year 2035; McOptions.years): each (primitive, year) histogram slot is
 * counted on every path, and the table shows 2 of the 15 projected years. The shown figures must be
 * bit-identical to a run of every year (every slot reads the same draws); the other years are NaN;
 * deterministic values, targets, the joint probability and requested histograms are unchanged.
 */
import { describe, it, expect } from 'vitest';
import { compileMonteCarlo, isPlanpathError, runMonteCarlo, simulateBlocks, type McOptions } from '../../engine/index';
import { mcTables, tableSeries, tableYears, TABLE_SERIES } from '../../cli/commands/mc';
import { builtin, defaultPlan } from '../mc/support/fixtures';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];

describe('mc table runs summarise only the shown years', () => {
  it('the table years of the Wuhan plan (2021-2025) and a scenario to 2035 are 2025 and 2035', () => {
    const years = Array.from({ length: 16 }, (_, t) => 2020 + t);
    expect(tableYears(defaultPlan, years)).toEqual([2025, 2035]);
    // A scenario ending at the plan's end year shows that year once.
    expect(tableYears(defaultPlan, years.slice(0, 6))).toEqual([2025]);
  });

  for (const id of ['plan-target', 'green-transition']) {
    it(`${id}: shown years equal the every-year run bit for bit, other years NaN, 6 x 2 + 1 = 13 slots instead of 6 x 15 + 1 = 91`, async () => {
      const scenario = builtin(id);
      const series = tableSeries(defaultPlan, scenario);
      expect(series).toEqual([...TABLE_SERIES]);
      const years = tableYears(defaultPlan, Array.from({ length: scenario.endYear - scenario.baseYear + 1 }, (_, t) => scenario.baseYear + t));
      expect(years).toEqual([2025, 2035]);
      // An energy histogram in a year the table does not summarise still gets its own slot.
      const options: McOptions = { paths: 12_000, seed: 11, series, histograms: [{ series: 'energyUseIndex', year: 2030 }] };
      const everySetup = compileMonteCarlo(defaultPlan, scenario, options);
      const shownSetup = compileMonteCarlo(defaultPlan, scenario, { ...options, years });
      // The histogram adds one slot (its primitive in 2030) unless a shown series already has it:
      // energyUseIndex reads its own raw energy primitive in both scenarios (structural energy).
      const energy = everySetup.catalogue.get('energyUseIndex')!.source;
      expect(energy.kind === 'primitive' && !series.some((s) => { const src = everySetup.catalogue.get(s)!.source; return src.kind === 'primitive' && src.primitive === energy.primitive; })).toBe(true);
      expect(everySetup.model.slots.count).toBe(6 * 15 + 1);
      expect(shownSetup.model.slots.count).toBe(6 * 2 + 1);
      const every = await runMonteCarlo(everySetup, execute);
      const shown = await runMonteCarlo(shownSetup, execute);
      for (const lang of ['en', 'zh'] as const) expect(mcTables(shown, scenario, defaultPlan, lang, series)).toBe(mcTables(every, scenario, defaultPlan, lang, series));
      for (const s of series) {
        every.years.forEach((year, t) => {
          const summarised = years.includes(year);
          for (const p of every.quantileLevels.map(String)) expect(shown.quantiles[s][p][t]).toBe(summarised ? every.quantiles[s][p][t] : NaN);
          expect(shown.mean[s][t]).toBe(summarised ? every.mean[s][t] : NaN);
        });
        expect(shown.deterministic[s]).toEqual(every.deterministic[s]);
      }
      expect(shown.targets).toEqual(every.targets);
      expect(shown.joint).toEqual(every.joint);
      expect(shown.histograms).toEqual(every.histograms);
    });
  }

  it('a year outside the projection is refused, naming the field, the value and the range (both languages)', () => {
    let error: unknown;
    try {
      compileMonteCarlo(defaultPlan, builtin('plan-target'), { years: [2025, 1999] });
    } catch (e) {
      error = e;
    }
    expect(isPlanpathError(error)).toBe(true);
    const issues = (error as { issues: { path: string; value: unknown; message: { en: string; zh: string }; allowed: { en: string; zh: string } }[] }).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe('years[1]');
    expect(issues[0].value).toBe(1999);
    expect(issues[0].allowed.en).toBe('years from 2020 to 2035');
    expect(issues[0].allowed.zh).toBe('2020 至 2035 年');
  });
});
