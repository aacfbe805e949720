/** Sobol indices: first-order and total per group of uncertain inputs, with bootstrap intervals. */
import type { SobolResult } from '../../engine/index';
import type { Translate } from '../i18n/index';
import type { Figure } from './figure';
import { COLORS, FONT_FAMILY } from './theme';

export function sobolFigure(r: SobolResult, names: string[], title: string, summary: string, t: Translate): Figure {
  // Two-word English labels break onto two lines so neighbouring bars' labels never overlap.
  const labels = names.map((l) => l.replace(' ', '<br>'));
  const bar = (name: string, pick: (g: SobolResult['groups'][number]) => { estimate: number; lower: number; upper: number }, color: string): Figure['data'][number] => ({
    type: 'bar', name, x: labels, y: r.groups.map((g) => pick(g).estimate * 100), marker: { color },
    error_y: { type: 'data', symmetric: false, array: r.groups.map((g) => (pick(g).upper - pick(g).estimate) * 100), arrayminus: r.groups.map((g) => (pick(g).estimate - pick(g).lower) * 100), color: '#374151', thickness: 1.2, width: 4 },
    hovertemplate: '%{y:.1f}%<extra></extra>',
  });
  return {
    title,
    data: [bar(t('sens.first'), (g) => g.first, COLORS.real), bar(t('sens.total'), (g) => g.total, COLORS.nominal)],
    layout: {
      autosize: true,
      barmode: 'group',
      margin: { l: 56, r: 16, t: 10, b: 40 },
      font: { family: FONT_FAMILY, size: 12, color: '#1f2937' },
      legend: { orientation: 'h', x: 0, y: -0.14, yanchor: 'top' },
      yaxis: { title: { text: '%', font: { size: 11 } }, ticksuffix: '%', gridcolor: COLORS.grid, rangemode: 'tozero', fixedrange: true },
      xaxis: { fixedrange: true, tickangle: 0, automargin: true },
    },
    summary,
  };
}
