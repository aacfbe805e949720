/**
 * The app's use of the published statistics (ui/state/review-published.ts): the review inputs of a
 * built-in scenario, the rows "copy into the scenario" saves (they pass the saved-actuals checks and
 * review exactly as the published figures do), and the calibration panel's history CSV (read back by
 * the same parser gives the same seven observations as the CLI).
 */
import { describe, it, expect } from 'vitest';
import { catalogueFor, calibrateHistory, DEFAULT_PUBLISHED_STATUSES, historyCatalogue, parseActuals, parseSavedActuals, reviewActuals } from '../../engine/index';
import { publishedHistoryCsv, publishedInputs, publishedRows } from '../../ui/state/review-published';
import { plan, resolved } from './helpers';

describe('published statistics in the app', () => {
  const scenario = resolved('plan-target');
  const inputs = publishedInputs(scenario, DEFAULT_PUBLISHED_STATUSES)!;

  it('gives the same observations as the CLI, and rows a scenario can save that review the same', () => {
    expect(inputs.observations.map((o) => `${o.year} ${o.series}`).sort()).toEqual([
      '2020 highTechEnterprises', '2020 population', '2021 gdpNominal', '2021 industrialOutputAboveScale', '2021 retailSales',
      '2022 gdpNominal', '2022 industrialOutputAboveScale', '2022 realGrowth', '2022 retailSales',
    ]);
    const rows = publishedRows(inputs);
    const parsed = parseSavedActuals(rows, catalogueFor(plan, scenario));
    expect(parsed.issues).toEqual([]);
    const a = reviewActuals(plan, scenario, inputs.observations);
    const b = reviewActuals(plan, scenario, parsed.observations);
    expect(b.targets.map((t) => [t.id, t.projected, t.requiredAnnualChange])).toEqual(a.targets.map((t) => [t.id, t.projected, t.requiredAnnualChange]));
    expect(rows.find((r) => r.series === 'gdpNominal' && r.year === 2022)!.source).toBe('http://ger.whkfq.gov.cn/2023-03/10/c_869194.htm');
  });

  it('the calibration panel history reads back as the plan base and the final and preliminary figures', () => {
    const text = publishedHistoryCsv(DEFAULT_PUBLISHED_STATUSES);
    const parsed = parseActuals(text, historyCatalogue(plan));
    expect(parsed.issues).toEqual([]);
    expect(parsed.observations).toHaveLength(7);
    expect(text).toContain('2022,gdpNominal,2008.8,preliminary http://ger.whkfq.gov.cn/2023-03/10/c_869194.htm');
    const rg = calibrateHistory(parsed.observations).series.find((c) => c.key === 'realGrowth')!;
    expect(rg.estimates.trend.value).toBeCloseTo(Math.sqrt(0.99 * 1.05) - 1, 12);
  });
});
