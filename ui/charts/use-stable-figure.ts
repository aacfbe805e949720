/**
 * Keeps a chart's previous figure when a new one has the same content, so the chart is not redrawn
 * when a lever does not touch what it shows (e.g. the population chart while services growth moves).
 * Comparing the JSON of a figure costs a few hundredths of a millisecond; a needless Plotly redraw
 * costs several milliseconds.
 */
import { useRef } from 'react';
import type { Figure } from './figure';

export function useStableFigure(figure: Figure): Figure {
  const previous = useRef<{ figure: Figure; key: string } | null>(null);
  const key = JSON.stringify(figure);
  if (previous.current && previous.current.key === key) return previous.current.figure;
  previous.current = { figure, key };
  return figure;
}
