/**
 * Actuals saved with a scenario: validated by the scenario schema, read by the same checks as a CSV,
 * problems named by their place in the scenario, and used by the review when no CSV is given.
 */
import { describe, it, expect } from 'vitest';
import { catalogueFor, isPlanpathError, parseSavedActuals, resolveScenario, reviewActuals, readSavedActuals } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

const plan = defaultPlan;
const withActuals = (actuals: unknown) => ({ schemaVersion: 1, id: 'with-actuals', name: { zh: '含实际数据', en: 'With actuals' }, extends: 'historical-trend', actuals });
const resolve = (s: unknown) => resolveScenario(s, (id) => builtinScenario(id), plan);

describe('actuals saved in a scenario', () => {
  it('are validated by the scenario schema, naming the row and field', () => {
    try {
      resolve(withActuals([{ year: 2021, series: 'gdpNominal', value: 'lots' }, { year: 2021.5, series: 'gdpNominal', value: 1 }, { year: 2021, value: 1 }]));
      expect.unreachable();
    } catch (error) {
      expect(isPlanpathError(error)).toBe(true);
      const paths = (error as { issues: { path: string }[] }).issues.map((i) => i.path).sort();
      expect(paths).toEqual(['actuals[0].value', 'actuals[1].year', 'actuals[2].series']);
    }
  });

  it('unknown series and duplicates are reported with the row index', () => {
    const s = resolve(withActuals([{ year: 2021, series: 'gdpNominl', value: 1800 }, { year: 2022, series: 'population', value: 52 }, { year: 2022, series: 'population', value: 53 }]));
    const parsed = parseSavedActuals(s.actuals!, catalogueFor(plan, s));
    expect(parsed.observations).toHaveLength(1);
    expect(parsed.issues.map((i) => i.path)).toEqual(['actuals[0].series', 'actuals[2].series']);
    expect(parsed.issues[1].message.en).toMatch(/already in actuals\[1\]/);
    expect(parsed.issues[1].message.zh).toMatch(/已在 actuals\[1\] 中给出/);
  });

  it('good saved actuals review exactly as the same rows would from a CSV file', () => {
    const rows = [{ year: 2021, series: 'gdpNominal', value: 1800, source: 'illustrative' }, { year: 2022, series: 'servicesShareOfGdp', value: 35 }];
    const s = resolve(withActuals(rows));
    const obs = readSavedActuals(s.actuals!, catalogueFor(plan, s));
    expect(obs.map((o) => [o.year, o.key, o.keyValue])).toEqual([[2021, 'gdpNominal', 1800], [2022, 'shares.tertiary', 0.35]]);
    const review = reviewActuals(plan, s, obs);
    expect(review.anchorYear).toBe(2022);
    const gdp = review.targets.find((t) => t.id === 'gdpNominal')!;
    expect(gdp.lastObservedYear).toBe(2021);
    expect(gdp.lastObserved).toBe(1800);
  });
});
