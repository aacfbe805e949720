/**
 * Judging a value against a target. Strict comparators (> and <) are judged inclusively: the plan's
 * figures are rounded, so ">87" is met by a projection of 87. "=" allows a relative 1e-9.
 */
import type { Comparator } from '../plan/plan-types';

const EPS = 1e-9;

/** The tolerance of a comparison with `value` (relative, at least EPS): `meets` allows x this far on the wrong side. */
export function toleranceOf(value: number): number {
  return EPS * Math.max(1, Math.abs(value));
}

/** True when `x` meets the target. `range` uses `min` and `max`. */
export function meets(x: number, comparator: Exclude<Comparator, 'qualitative'>, value: number, min?: number, max?: number): boolean {
  const tol = toleranceOf(value);
  switch (comparator) {
    case '>=':
    case '>':
      return x >= value - tol;
    case '<=':
    case '<':
      return x <= value + tol;
    case '=':
      return Math.abs(x - value) <= tol;
    case 'range':
      return x >= (min ?? -Infinity) - tol && x <= (max ?? Infinity) + tol;
    default:
      return comparator satisfies never;
  }
}

/** projected - target; for a range 0 inside, otherwise the signed distance to the nearest bound. */
export function gapTo(x: number, comparator: Exclude<Comparator, 'qualitative'>, value: number, min?: number, max?: number): number {
  if (comparator === 'range') {
    if (min !== undefined && x < min) return x - min;
    if (max !== undefined && x > max) return x - max;
    return 0;
  }
  return x - value;
}
