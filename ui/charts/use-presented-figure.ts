/**
 * A chart's figure as the room sees it: the y axis held still while a lever is dragged (its range set
 * from the data at the last release, rescaled on the next release), and 16 px text in the presenter view.
 */
import { useEffect, useReducer, useRef } from 'react';
import { isDragging, onRelease } from '../mc/release';
import { useViewPref } from '../state/view-prefs';
import type { Figure } from './figure';
import { presenterFigure, withYRange, yExtent } from './present-figure';

export function usePresentedFigure(fresh: Figure): Figure {
  const presenter = useViewPref('presenter');
  const [, rescale] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onRelease(rescale), []);
  const frozen = useRef<[number, number] | null>(null);
  let f = fresh;
  const extent = yExtent(f);
  if (extent) {
    if (!(isDragging() && frozen.current)) frozen.current = extent;
    f = withYRange(f, frozen.current);
  }
  return presenter ? presenterFigure(f) : f;
}
