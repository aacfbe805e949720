import { describe, expect, it } from 'vitest';
import { project } from '../../engine/index';
import { whatItTakes } from '../../ui/state/what-it-takes';
import { plan, resolveId } from '../../ui/state/scenarios';

describe('what it takes', () => {
  it('4,000 亿元 from 1,650 in five years: 19.38% (19.3755) nominal; with 2% prices, 17.04% real; the record 5.6%', () => {
    const base = resolveId('historical-trend', []);
    const w = whatItTakes(plan, project(plan, { ...base, assumptions: { ...base.assumptions, deflator: 0.02 } }))!;
    // By hand: ln(4000/1650) / 5 = 0.177106, e^0.177106 = 1.193755; 1.193755 / 1.02 = 1.170348.
    expect(w.nominalRate).toBeCloseTo(0.193755, 5);
    expect(w.realRate).toBeCloseTo((4000 / 1650 / 1.02 ** 5) ** 0.2 - 1, 12);
    expect(w.realRate).toBeCloseTo(0.170348, 5);
    expect(w.past).toEqual({ from: 2016, to: 2020, rate: 0.056 });
    expect(w.targetYear).toBe(2025);
  });
});
