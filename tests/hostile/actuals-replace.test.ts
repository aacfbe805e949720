/** An actuals import that would change saved observations lists them (year, series, old -> new) first. */
import { describe, it, expect } from 'vitest';
import { catalogueFor, parseActuals, resolveScenario } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';
import { replacedBy, replacementLines } from '../../ui/state/actuals-edit';

const scenario = resolveScenario(builtinScenario('plan-target'), (id) => builtinScenario(id), defaultPlan);
const catalogue = catalogueFor(defaultPlan, scenario);

describe('replaced observations', () => {
  it('2021 GDP 1810 -> 9999 is named; an unchanged value and a new year are not', () => {
    const saved = [{ year: 2021, series: 'gdpNominal', value: 1810 }, { year: 2021, series: 'population', value: 49.9 }];
    const parsed = parseActuals('year,series,value\n2021,gdpNominal,9999\n2021,population,49.9\n2022,gdpNominal,2000\n', catalogue);
    expect(parsed.issues).toEqual([]);
    const replaced = replacedBy(saved, parsed.observations, catalogue);
    expect(replaced).toEqual([{ year: 2021, series: 'gdpNominal', before: 1810, after: 9999 }]);
    expect(replacementLines(replaced)).toBe('2021 gdpNominal: 1810 -> 9999');
  });

  it('a long list shows the first lines and counts the rest', () => {
    const list = Array.from({ length: 13 }, (_, i) => ({ year: 2021, series: `s${i}`, before: 1, after: 2 }));
    const text = replacementLines(list, 10).split('\n');
    expect(text).toHaveLength(11);
    expect(text[10]).toBe('(+3)');
  });
});
