/**
 * Attribution waterfall: A's value, one floating bar per lever group (its Shapley contribution), B's value.
 * Plotly's waterfall trace is not in the partial bundle; bars with a `base` draw the same picture.
 */
import type { OutputAttribution } from '../../engine/index';
import type { Figure } from './figure';
import { COLORS, FONT_FAMILY } from './theme';

export function waterfallFigure(r: OutputAttribution, names: { a: string; b: string; group: (id: string) => string }, title: string, summary: string, fmt: (v: number) => string): Figure {
  const parts = r.contributions.filter((c) => c.value !== 0);
  const labels = [names.a, ...parts.map((c) => names.group(c.group)), names.b];
  let level = r.a;
  const bases: number[] = [0], heights: number[] = [r.a], colors: string[] = ['#64748b'], texts: string[] = [fmt(r.a)];
  for (const c of parts) {
    bases.push(c.value >= 0 ? level : level + c.value);
    heights.push(Math.abs(c.value));
    colors.push(c.value >= 0 ? '#16a34a' : '#dc2626');
    texts.push(`${c.value >= 0 ? '+' : ''}${fmt(c.value)}`);
    level += c.value;
  }
  bases.push(0); heights.push(r.b); colors.push('#64748b'); texts.push(fmt(r.b));
  return {
    title,
    data: [{ type: 'bar', x: labels, y: heights, base: bases, marker: { color: colors }, text: texts, textposition: 'outside', cliponaxis: false, hovertemplate: '%{text}<extra></extra>' } as Figure['data'][number]],
    layout: {
      autosize: true,
      margin: { l: 64, r: 16, t: 24, b: 60 },
      font: { family: FONT_FAMILY, size: 12, color: '#1f2937' },
      showlegend: false,
      yaxis: { gridcolor: COLORS.grid, fixedrange: true, rangemode: 'tozero' },
      xaxis: { fixedrange: true, automargin: true },
    },
    summary,
  };
}
