/** Sector shares of nominal GDP (stacked, %) with the plan's 50% services line. */
import { SECTOR_LABELS, type Lang, type PlanData, type Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { pct } from '../i18n/format';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { statusWord, summaryYear, targetRow, yearIndex } from './series-helpers';

export function sharesFigure(p: Projection, plan: PlanData, lang: Lang, t: Translate): Figure {
  const x = p.years;
  const toPct = (v: number[]) => v.map((f) => f * 100);
  const sector = (s: 'primary' | 'secondary' | 'tertiary', color: string): Figure['data'][number] => ({
    type: 'scatter', mode: 'lines', stackgroup: 'shares', name: SECTOR_LABELS[s][lang], x, y: toPct(p.series.shares[s]),
    line: { color, width: 1 }, fillcolor: color, hovertemplate: '%{y:.1f}%',
  });
  const target = targetRow(p, 'servicesShareOfGdp');
  const line = target?.target ?? 50;
  const data: Figure['data'] = [
    sector('tertiary', COLORS.tertiary),
    sector('secondary', COLORS.secondary),
    sector('primary', COLORS.primary),
    { type: 'scatter', mode: 'lines', name: t('chart.shares.line'), x: [x[0], x[x.length - 1]], y: [line, line], line: { color: COLORS.target, width: 2, dash: 'dash' }, hoverinfo: 'skip' },
  ];
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const summary = t('chart.shares.summary', {
    year,
    tertiary: pct(p.series.shares.tertiary[i]),
    secondary: pct(p.series.shares.secondary[i]),
    primary: pct(p.series.shares.primary[i]),
    status: statusWord(p, 'servicesShareOfGdp', t),
  });
  const layout = baseLayout({ yTitle: t('chart.shares.axis'), ySuffix: '%', yRange: [0, 100], xRange: [x[0], x[x.length - 1]] });
  return { title: t('chart.shares.title'), data, layout: { ...layout, shapes: [targetYearShape(plan.period.to)] }, summary };
}
