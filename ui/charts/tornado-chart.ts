/**
 * Tornado: the output with each lever moved down and up (its whole path shifted), bars drawn from
 * the scenario's value, largest swing on top.
 */
import type { TornadoResult } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { leverLabel } from '../i18n/index';
import type { Figure } from './figure';
import { COLORS, FONT_FAMILY } from './theme';

export function tornadoFigure(r: TornadoResult, title: string, scale: number, unit: string, decimals: number, summary: string, t: Translate): Figure {
  const rows = r.rows.filter((row) => row.swing > 0);
  const labels = rows.map((row) => leverLabel(t, row.lever));
  const base = r.base * scale;
  const hover = `%{customdata:,.${decimals}f}${unit}<extra>%{y}</extra>`;
  const data: Figure['data'] = [
    { type: 'bar', orientation: 'h', name: t('sens.low'), y: labels, x: rows.map((row) => (row.outputLow - r.base) * scale), base, customdata: rows.map((row) => row.outputLow * scale), marker: { color: '#f59e0b' }, hovertemplate: hover },
    { type: 'bar', orientation: 'h', name: t('sens.high'), y: labels, x: rows.map((row) => (row.outputHigh - r.base) * scale), base, customdata: rows.map((row) => row.outputHigh * scale), marker: { color: COLORS.nominal }, hovertemplate: hover },
  ];
  return {
    title,
    data,
    layout: {
      autosize: true,
      barmode: 'overlay',
      margin: { l: 210, r: 20, t: 10, b: 60 },
      font: { family: FONT_FAMILY, size: 12, color: '#1f2937' },
      legend: { orientation: 'h', x: 0, y: -0.12, yanchor: 'top' },
      xaxis: { title: { text: unit.trim().replace(/^\((.*)\)$/, '$1'), font: { size: 11 } }, gridcolor: COLORS.grid, separatethousands: true, exponentformat: 'none', fixedrange: true, zeroline: false },
      yaxis: { autorange: 'reversed', fixedrange: true, automargin: true },
      shapes: [{ type: 'line', xref: 'x', yref: 'paper', x0: base, x1: base, y0: 0, y1: 1, line: { color: COLORS.target, width: 1.5, dash: 'dash' } }],
    },
    summary,
  };
}
