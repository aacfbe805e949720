/**
 * The charts' shared look: a font stack with CJK glyphs, colours per series, and a base layout with
 * the year axis. Every chart file builds on `baseLayout`.
 */
import type { Layout } from './plotly';

export const FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Source Han Sans SC", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const COLORS = {
  nominal: '#1d4ed8',
  real: '#60a5fa',
  target: '#c2410c',
  primary: '#84a98c',
  secondary: '#e0a030',
  tertiary: '#2a9d8f',
  population: '#7c3aed',
  perCapita: '#0f766e',
  energy: '#dc2626',
  co2: '#334155',
  grid: '#e5e7eb',
  axis: '#6b7280',
  band90: 'rgba(29, 78, 216, 0.15)',
  band50: 'rgba(29, 78, 216, 0.32)',
} as const;

/** Colours of scenarios overlaid in Compare, in order. */
export const SCENARIO_COLORS = ['#1d4ed8', '#c2410c', '#059669', '#7c3aed'];

export interface AxisOptions {
  yTitle: string;
  ySuffix?: string;
  yRange?: [number, number];
  xRange?: [number, number];
  legend?: boolean;
}

/** The common layout: margins, fonts, a year axis, a legend under the plot. */
export function baseLayout(o: AxisOptions): Partial<Layout> {
  return {
    autosize: true,
    margin: { l: 64, r: 16, t: 12, b: 40 },
    font: { family: FONT_FAMILY, size: 12, color: '#1f2937' },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    showlegend: o.legend ?? true,
    legend: { orientation: 'h', x: 0, y: -0.16, yanchor: 'top', font: { size: 11 }, traceorder: 'normal' },
    hovermode: 'x unified',
    xaxis: { tickformat: 'd', dtick: 5, gridcolor: COLORS.grid, linecolor: COLORS.axis, range: o.xRange, fixedrange: true, ticklabeloverflow: 'allow', tickangle: 0 },
    yaxis: { title: { text: o.yTitle, font: { size: 11 } }, gridcolor: COLORS.grid, linecolor: COLORS.axis, ticksuffix: o.ySuffix, range: o.yRange, fixedrange: true, separatethousands: true, exponentformat: 'none', rangemode: 'tozero', ticklabeloverflow: 'allow', tickangle: 0 },
  };
}

/** A vertical dotted line at the plan's target year. */
export function targetYearShape(year: number): NonNullable<Layout['shapes']>[number] {
  return { type: 'line', xref: 'x', yref: 'paper', x0: year, x1: year, y0: 0, y1: 1, line: { color: COLORS.axis, width: 1, dash: 'dot' } };
}
