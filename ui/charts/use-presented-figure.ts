/**
 * A chart's figure as the room sees it: the y axes held still while a lever is dragged (their ranges set
 * from the data at the last release, rescaled on the next release), and 16 px text in the presenter view.
 */
import { useEffect, useReducer, useRef } from 'react';
import { isDragging, onRelease } from '../mc/release';
import { useViewPref } from '../state/view-prefs';
import type { Figure } from './figure';
import { presenterFigure, withYRanges, yExtents } from './present-figure';

export function usePresentedFigure(fresh: Figure): Figure {
  const presenter = useViewPref('presenter');
  const [, rescale] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onRelease(rescale), []);
  const frozen = useRef<Record<string, [number, number]>>({});
  const extents = yExtents(fresh);
  // Held: each axis keeps the range it had (an axis new since the release takes its own).
  if (!isDragging()) frozen.current = extents;
  else frozen.current = { ...extents, ...pick(frozen.current, extents) };
  const f = Object.keys(frozen.current).length ? withYRanges(fresh, frozen.current) : fresh;
  return presenter ? presenterFigure(f) : f;
}

/** The entries of `held` for the axes that `now` still has. */
function pick(held: Record<string, [number, number]>, now: Record<string, [number, number]>): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const key of Object.keys(now)) if (held[key]) out[key] = held[key];
  return out;
}
