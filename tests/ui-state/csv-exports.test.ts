/**
 * CSV exports of the Compare table, the Monte Carlo quantiles and the review table: the cells are the
 * engine's numbers (expected values computed here from project() / the Monte Carlo result / the
 * observations), written by the app's one CSV writer (BOM, 10 significant digits).
 */
import { describe, expect, it } from 'vitest';
import { seriesAt, type ActualComparison, type Observation } from '../../engine/index';
import { createInProcessRunner } from '../../runtime/index';
import { compareCsvRows } from '../../ui/io/compare-csv';
import { BOM, csvText } from '../../ui/io/csv';
import { csvFileName } from '../../ui/io/file-name';
import { quantilesCsvRows } from '../../ui/io/quantiles-csv';
import { reviewCsvRows } from '../../ui/io/review-csv';
import { translator } from '../../ui/i18n/index';
import { plan, project, resolved } from '../review/helpers';
import { reviewActuals } from '../../engine/index';

const TOL = 1e-9;
const at = (p: ReturnType<typeof project>, series: string, year: number) => seriesAt(p.series, series)![year - p.baseYear];

describe('Compare table CSV', () => {
  const a = project(plan, resolved('plan-target'));
  const b = project(plan, resolved('historical-trend'));
  const runs = [
    { id: 'plan-target', name: 'Plan target', projection: a },
    { id: 'historical-trend', name: 'Historical trend', projection: b },
  ];
  it('values and differences from the reference match project(); shares in percent; headers in each language', () => {
    const rows = compareCsvRows(runs, 'plan-target', 'en', translator('en'));
    expect(rows[0]).toEqual(['Measure', 'year', 'unit', 'Plan target', 'Historical trend', 'Historical trend minus Plan target']);
    const row = (label: RegExp, year: number) => rows.find((r) => label.test(String(r[0])) && r[1] === year)!;
    const gdp = row(/GDP/, 2025);
    expect(gdp[2]).toBe('CNY 100 million');
    expect(gdp[3] as number).toBeCloseTo(at(a, 'gdpNominal', 2025), 6);
    expect(gdp[4] as number).toBeCloseTo(at(b, 'gdpNominal', 2025), 6);
    expect(Math.abs((gdp[5] as number) - (at(b, 'gdpNominal', 2025) - at(a, 'gdpNominal', 2025)))).toBeLessThan(TOL * 1e4);
    const share = rows.find((r) => r[2] === '%' && r[1] === 2035)!;
    expect(share[3] as number).toBeCloseTo(at(a, 'shares.tertiary', 2035) * 100, 9);
    expect(share[5] as number).toBeCloseTo((at(b, 'shares.tertiary', 2035) - at(a, 'shares.tertiary', 2035)) * 100, 9);
    const energy = rows.find((r) => r[2] === '2020 = 100')!;
    expect(energy[3] as number).toBeCloseTo(at(a, 'energyIntensityIndex', 2025) * 100, 9);
    const zh = compareCsvRows(runs, 'historical-trend', 'zh', translator('zh'));
    expect(zh[0].slice(0, 3)).toEqual(['指标', '年份', '单位']);
    expect(zh[0][5]).toBe('Plan target减Historical trend');
  });
  it('the text carries a BOM and 10 significant digits; the file name carries the scenario name', () => {
    const text = csvText(compareCsvRows(runs, 'plan-target', 'en', translator('en')));
    expect(text.startsWith(BOM)).toBe(true);
    const line = text.split('\r\n')[1];
    const v = at(a, 'gdpNominal', 2025);
    expect(line.endsWith(`,2025,CNY 100 million,${Number(v.toPrecision(10))},${Number(at(b, 'gdpNominal', 2025).toPrecision(10))},${Number((at(b, 'gdpNominal', 2025) - v).toPrecision(10))}`)).toBe(true);
    expect(csvFileName('Plan target (copy 2)', 'compare')).toBe('planpath-Plan-target-(copy-2)-compare.csv');
  });
});

describe('Monte Carlo quantiles CSV', () => {
  it('one row per series and level with the result\'s values per year, then the mean', async () => {
    const result = await createInProcessRunner().runMonteCarlo({ plan, scenario: resolved('historical-trend'), options: { paths: 2000, seed: 7, series: ['gdpNominal', 'shares.tertiary'] } });
    const rows = quantilesCsvRows(result, plan, 'en', translator('en'));
    expect(rows[0]).toEqual(['Series', 'Measure', 'unit', 'quantile', ...result.years.map(String)]);
    expect(rows.length).toBe(1 + Object.keys(result.quantiles).length * (result.quantileLevels.length + 1));
    const median = rows.find((r) => r[0] === 'gdpNominal' && r[3] === 0.5)!;
    const q50 = result.quantiles.gdpNominal['0.5'];
    result.years.forEach((_, i) => expect(median[4 + i]).toBe(q50[i]));
    // The 2025 median lies between the 5% and 95% quantiles and near the deterministic path (within 10%).
    const i2025 = result.years.indexOf(2025);
    const lo = rows.find((r) => r[0] === 'gdpNominal' && r[3] === result.quantileLevels[0])![4 + i2025] as number;
    const hi = rows.find((r) => r[0] === 'gdpNominal' && r[3] === result.quantileLevels.at(-1))![4 + i2025] as number;
    expect(lo).toBeLessThanOrEqual(q50[i2025]);
    expect(hi).toBeGreaterThanOrEqual(q50[i2025]);
    const det = at(project(plan, resolved('historical-trend')), 'gdpNominal', 2025);
    expect(Math.abs(q50[i2025] / det - 1)).toBeLessThan(0.1);
    const mean = rows.find((r) => r[0] === 'shares.tertiary' && r[3] === 'mean')!;
    expect(mean.slice(4)).toEqual(result.mean['shares.tertiary']);
    expect(quantilesCsvRows(result, plan, 'zh', translator('zh'))[0][3]).toBe('分位数');
  });
});

describe('review table CSV', () => {
  it('observed, scenario value and deviations in the displayed unit; relative deviations as fractions', () => {
    const scenario = resolved('plan-target');
    const p = project(plan, scenario);
    const obs: Observation[] = [
      { year: 2022, series: 'gdpNominal', value: 2009, key: 'gdpNominal', keyValue: 2009, scale: 1, line: 1 },
      { year: 2022, series: 'shares.tertiary', value: 0.4, key: 'shares.tertiary', keyValue: 0.4, scale: 1, line: 2 },
    ] as Observation[];
    const review = reviewActuals(plan, scenario, obs);
    const display = (s: string) => (s === 'shares.tertiary' ? { label: 'Services share', unit: '%', factor: 100, percent: true } : { label: 'GDP', unit: 'CNY 100 million', factor: 1, percent: false });
    const rows = reviewCsvRows(review.comparisons as ActualComparison[], display, 'en', translator('en'));
    expect(rows[0].length).toBe(12);
    expect(rows[0][0]).toBe('Year');
    const gdp = rows.find((r) => r[1] === 'GDP')!;
    const model = at(p, 'gdpNominal', 2022);
    expect(gdp[3]).toBe(2009);
    expect(gdp[5] as number).toBeCloseTo(model, 6);
    expect(gdp[6] as number).toBeCloseTo(2009 - model, 6);
    expect(gdp[7] as number).toBeCloseTo((2009 - model) / model, 9);
    const share = rows.find((r) => r[1] === 'Services share')!;
    expect(share[3] as number).toBeCloseTo(40, 9);
    expect(share[6] as number).toBeCloseTo((0.4 - at(p, 'shares.tertiary', 2022)) * 100, 9);
    expect(reviewCsvRows(review.comparisons, display, 'zh', translator('zh'))[0][0]).toBe('年份');
  });
});
