/**
 * Sobol indices by year as a stacked area: one band per uncertain input group (first-order index, in %),
 * so early and late drivers are visible at a glance. Flagged estimates (first order above total by more
 * than their interval) are marked with a cross, not hidden.
 */
import type { SobolByYear } from '../../engine/index';
import type { Figure } from './figure';
import { COLORS, FONT_FAMILY } from './theme';

const BAND = ['#2563eb', '#dc2626', '#16a34a', '#f59e0b', '#7c3aed', '#0891b2', '#be185d'];

export function sobolAreaFigure(r: SobolByYear, name: (id: string) => string, title: string, summary: string, axis: string): Figure {
  const years = r.years.map((y) => y.year);
  const value = (id: string, y: SobolByYear['years'][number]) => Math.max(0, (y.groups.find((g) => g.id === id)?.first.estimate ?? 0) * 100);
  const bands: Figure['data'] = r.groups.map((id, k) => ({
    type: 'scatter', mode: 'lines', stackgroup: 'one', name: name(id), x: years, y: r.years.map((y) => value(id, y)),
    line: { width: 0.5, color: BAND[k % BAND.length] }, hovertemplate: `${name(id)} %{y:.1f}%<extra></extra>`,
  } as Figure['data'][number]));
  const flagged = r.years.flatMap((y) => y.groups.filter((g) => g.flagged).map((g) => ({ year: y.year, id: g.id })));
  const cumulative = (year: number, id: SobolByYear["groups"][number]) => {
    const y = r.years.find((z) => z.year === year)!;
    return r.groups.slice(0, r.groups.indexOf(id) + 1).reduce((s, g) => s + value(g, y), 0);
  };
  const marks: Figure['data'] = flagged.length ? [{ type: 'scatter', mode: 'markers', name: '×', x: flagged.map((f) => f.year), y: flagged.map((f) => cumulative(f.year, f.id)), marker: { symbol: 'x', size: 9, color: '#111827' }, hoverinfo: 'skip', showlegend: false } as Figure['data'][number]] : [];
  const top = Math.max(100, ...r.years.map((y) => r.groups.reduce((s, id) => s + value(id, y), 0)));
  return {
    title,
    data: [...bands, ...marks],
    layout: {
      autosize: true,
      margin: { l: 56, r: 16, t: 10, b: 40 },
      font: { family: FONT_FAMILY, size: 12, color: '#1f2937' },
      legend: { orientation: 'h', x: 0, y: -0.16, yanchor: 'top' },
      yaxis: { title: { text: axis, font: { size: 11 } }, ticksuffix: '%', gridcolor: COLORS.grid, range: [0, top * 1.04], fixedrange: true },
      xaxis: { fixedrange: true, dtick: 2 },
    },
    summary,
  };
}
