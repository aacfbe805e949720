import { describe, expect, it } from 'vitest';
import { leverValue, withLeverValue } from '../../ui/state/scenario-edit';
import { resolveId } from '../../ui/state/scenarios';

/** Real GDP growth by hand: sectors compound from the 2020 base (16.5, 1088.5, 545 亿元), weights = previous year's real value added. */
function handWeightedAverage(rates: [number, number, number], years = 5): number {
  let va = [16.5, 1088.5, 545];
  let sum = 0;
  for (let y = 0; y < years; y++) {
    const next = va.map((v, s) => v * (1 + rates[s]));
    sum += next.reduce((a, b) => a + b) / va.reduce((a, b) => a + b) - 1;
    va = next;
  }
  return sum / years;
}

describe('"All sectors" real growth lever', () => {
  it('shows real GDP growth weighted by real value added, not the mean of the sector rates', () => {
    const s = resolveId('historical-trend', []);
    expect(leverValue(s, 'realGrowth')).toBeCloseTo(handWeightedAverage([0.02, 0.039, 0.091]), 12);
    expect(leverValue(s, 'realGrowth')).not.toBeCloseTo((0.02 + 0.039 + 0.091) / 3, 3);
  });
  it('setting it to 8% shifts every sector alike and reads back 8%', () => {
    const s = withLeverValue(resolveId('historical-trend', []), 'realGrowth', 0.08);
    expect(leverValue(s, 'realGrowth')).toBeCloseTo(0.08, 8);
    const d = leverValue(s, 'realGrowth.secondary') - 0.039;
    expect(leverValue(s, 'realGrowth.tertiary') - 0.091).toBeCloseTo(d, 8);
    expect(handWeightedAverage([0.02 + d, 0.039 + d, 0.091 + d])).toBeCloseTo(0.08, 8);
  });
});
