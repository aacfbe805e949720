/**
 * Calibration on the real history: the zone's published statistics (final and preliminary by default)
 * and the plan's own 2020 figures. Trends are closed forms of the few figures there are (the geometric
 * mean of growth), and the result says how few observations it rests on; a rate series with gaps gets
 * no persistence.
 */
import { describe, it, expect } from 'vitest';
import { calibrateHistory, DEFAULT_PUBLISHED_STATUSES, historyCatalogue, historyNote, publishedHistoryInputs } from '../../engine/index';
import { defaultPlan as plan } from '../../data/index';
import { publishedSources } from '../../data/published';
import { runCli } from '../cli/run-cli';

const source = publishedSources[plan.id];

describe('calibration on the published history', () => {
  const inputs = publishedHistoryInputs(source, plan, historyCatalogue(plan), DEFAULT_PUBLISHED_STATUSES);
  const result = calibrateHistory(inputs.observations);
  const series = (key: string) => result.series.find((c) => c.key === key)!;

  it('uses the plan base (2020) first, then final and preliminary figures of every year', () => {
    expect(inputs.observations.map((o) => `${o.key} ${o.year} ${o.keyValue} ${o.status}`).sort()).toEqual([
      'gdpNominal 2017 1443 final', 'gdpNominal 2020 1650 final', 'gdpNominal 2021 1861.31 final', 'gdpNominal 2022 2008.8 preliminary',
      'population 2020 48.1338 final', 'realGrowth 2020 -0.01 final', 'realGrowth 2022 0.05 preliminary',
    ]);
    // The December 2020 estimate of 1,700 is an estimate (off by default) and the plan's 1,650 is used for 2020.
    const gdp2020 = inputs.choices.find((c) => c.figure.sourceSeries === 'gdpNominal' && c.figure.yearText === '2020')!;
    expect(gdp2020.reason).toBe('status-off');
  });

  it('trends are the geometric means of the few growth figures, flagged as too few', () => {
    // Real growth: -1.0% (2020, the plan) and 5.0% (2022): sqrt(0.99 x 1.05) - 1.
    expect(series('realGrowth').estimates.trend.value).toBeCloseTo(Math.sqrt(0.99 * 1.05) - 1, 12);
    expect(series('realGrowth').estimates.trend.observations).toBe(2);
    expect(series('realGrowth').estimates.trend.tooFew).toBe(true);
    // Nominal GDP: consecutive years 2020-2021-2022 only (2017 stands alone): (2008.8 / 1650)^(1/2) - 1.
    expect(series('gdpNominal').estimates.trend.value).toBeCloseTo(Math.sqrt(2008.8 / 1650) - 1, 12);
    expect(series('gdpNominal').gapsAfter).toEqual([2017]);
    const note = historyNote(result);
    expect(note.few).toBe(true);
    expect(note.text.en).toContain('realGrowth n = 2 (2020, 2022)');
    expect(note.text.zh).toContain('realGrowth 2 个(2020, 2022)');
  });

  it('a rate series with gaps (estimates on: 2018, 2020, 2021, 2022) gets no persistence, and says why', () => {
    const all = publishedHistoryInputs(source, plan, historyCatalogue(plan), ['final', 'preliminary', 'estimate']);
    const r = calibrateHistory(all.observations);
    const rg = r.series.find((c) => c.key === 'realGrowth')!;
    expect(rg.logGrowth.map((g) => g.year)).toEqual([2018, 2020, 2021, 2022]);
    expect(rg.estimates.persistence.value).toBeNull();
    // exp(mean(ln 1.082, ln 0.99, ln 1.15, ln 1.05)) - 1.
    expect(rg.estimates.trend.value).toBeCloseTo(Math.pow(1.082 * 0.99 * 1.15 * 1.05, 1 / 4) - 1, 12);
    expect(r.warnings.map((w) => w.en)).toContain('realGrowth: gap after 2018; persistence needs consecutive years and is not estimated');
  });

  it('`calibrate` without --history calibrates on the published statistics and lists them with status and source', () => {
    const r = runCli(['calibrate', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.history.source).toBe('published');
    expect(doc.history.statuses).toEqual(['final', 'preliminary']);
    expect(doc.history.observations).toHaveLength(7);
    expect(doc.note.en).toMatch(/rough guide/);
    expect(doc.scenario.assumptions.realGrowth).toBeCloseTo(Math.sqrt(0.99 * 1.05) - 1, 6);
  });
});
