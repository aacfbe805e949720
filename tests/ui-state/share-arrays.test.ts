/**
 * Structural sharing of chart traces (ui/charts/share-arrays.ts): arrays with the same values keep
 * the previous object (Plotly compares arrays by identity), changed ones are the new objects, and
 * the values of the figure never change.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { shareArrays } from '../../ui/charts/share-arrays';
import type { Data } from '../../ui/charts/plotly';

describe('shareArrays', () => {
  it('keeps unchanged arrays (top level and one object down) and takes changed ones', () => {
    const prev = [
      { type: 'scatter', x: [2020, 2021], y: [1, 2], text: ['a', 'b'], marker: { color: ['red', 'blue'], size: 4 } },
      { type: 'bar', x: [1], y: [3] },
    ] as unknown as Data[];
    const next = [
      { type: 'scatter', x: [2020, 2021], y: [1, 2.5], text: ['a', 'b'], marker: { color: ['red', 'blue'], size: 4 } },
      { type: 'bar', x: [1], y: [3] },
    ] as unknown as Data[];
    const out = shareArrays(prev, next) as unknown as Record<string, any>[];
    const p = prev as unknown as Record<string, any>[];
    expect(out[0].x).toBe(p[0].x);
    expect(out[0].text).toBe(p[0].text);
    expect(out[0].marker.color).toBe(p[0].marker.color);
    expect(out[0].y).toBe((next as unknown as Record<string, any>[])[0].y);
    expect(out[1].x).toBe(p[1].x);
    expect(out).toEqual(next);
  });

  it('returns the new traces as they are when nothing can be shared, and when there is no previous figure', () => {
    const next = [{ type: 'scatter', y: [1] }] as unknown as Data[];
    expect(shareArrays(null, next)).toBe(next);
    expect(shareArrays([{ type: 'scatter', y: [2] }] as unknown as Data[], next)).toBe(next);
    // A trace of another type is never mixed with the previous one.
    expect(shareArrays([{ type: 'bar', y: [1] }] as unknown as Data[], next)).toBe(next);
  });

  it('never changes a value (property: the result equals the new traces)', () => {
    const trace = fc.record({ type: fc.constantFrom('scatter', 'bar'), y: fc.array(fc.double(), { maxLength: 6 }), text: fc.array(fc.string(), { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(trace, { maxLength: 4 }), fc.array(trace, { maxLength: 4 }), (a, b) => {
        expect(shareArrays(a as unknown as Data[], b as unknown as Data[])).toEqual(b);
      }),
    );
  });
});
