/**
 * simulate-blocks.ts judgeTarget (bounds computed once per target) against the scorecard's own
 * `meets` called on every path: the same hits and the same joint flags, for every comparator, values
 * on and next to the tolerance's edges, NaN and infinities.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { judgeTarget } from '../../engine/mc/simulate-blocks';
import { meets, toleranceOf } from '../../engine/scorecard/comparator';
import type { TargetCheck } from '../../engine/mc/mc-types';
import { fcRuns } from './support/fixtures';

const comparators = ['>=', '>', '<=', '<', '=', 'range'] as const;

describe('judging targets on every path', () => {
  it('counts exactly the paths `meets` accepts, and clears the joint flag of the others', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(fc.property(fc.constantFrom(...comparators), finite, fc.option(finite, { nil: undefined }), fc.option(finite, { nil: undefined }), fc.double({ min: -3, max: 3, noNaN: true }), finite, fc.boolean(), fc.array(fc.oneof(finite, fc.constantFrom(NaN, Infinity, -Infinity, 0, -0)), { minLength: 1, maxLength: 60 }), (comparator, value, min, max, a, b, joint, raw) => {
      // Put some readouts exactly on the edges value -+ tol, min - tol, max + tol, and one ulp beside them.
      const tol = toleranceOf(value);
      const edges = [value - tol, value + tol, (min ?? 0) - tol, (max ?? 0) + tol].flatMap((e) => [e, e * (1 + 2 ** -52), e * (1 - 2 ** -52)]);
      const readouts = [...raw, ...edges];
      const values = Float64Array.from(readouts, (x) => (a === 0 ? x : (x - b) / a));
      const target: TargetCheck = { readout: { valueIndex: 0, a, b }, comparator, value, min, max } as TargetCheck;
      const flags = new Uint8Array(values.length).fill(1);
      const hits = judgeTarget(target, values, values.length, joint, flags);
      let expected = 0;
      const expectedFlags = new Uint8Array(values.length).fill(1);
      for (let j = 0; j < values.length; j++) {
        if (meets(a * values[j] + b, comparator, value, min, max)) expected++;
        else if (joint) expectedFlags[j] = 0;
      }
      expect(hits).toBe(expected);
      expect(Array.from(flags)).toEqual(Array.from(expectedFlags));
    }), fcRuns(400));
  });
});
