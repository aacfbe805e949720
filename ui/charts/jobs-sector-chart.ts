/** Jobs by sector (万人), stacked. */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { summaryYear, yearIndex } from './series-helpers';
import { linkedText } from './linked-text';

const SECTORS = ['primary', 'secondary', 'tertiary'] as const;

export function jobsSectorFigure(p: Projection, plan: PlanData, lang: Lang): Figure {
  const x = p.years;
  const unit = lang === 'zh' ? ' 万人' : ' (10,000)';
  const data: Figure['data'] = SECTORS.map((s) => ({
    type: 'scatter' as const, mode: 'lines' as const, stackgroup: 'jobs', name: linkedText(lang, `jobs.${s}`), x, y: p.series.employment[s],
    line: { color: COLORS[s], width: 1 }, hovertemplate: `%{y:,.1f}${unit}`,
  }));
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  return {
    title: linkedText(lang, 'jobs.title'),
    data,
    layout: { ...baseLayout({ yTitle: linkedText(lang, 'jobs.axis'), xRange: [x[0], x[x.length - 1]] }), shapes: [targetYearShape(plan.period.to)] },
    summary: linkedText(lang, 'jobs.summary', { year, total: p.series.employment.total[i].toFixed(1), secondary: p.series.employment.secondary[i].toFixed(1), productivity: p.series.laborProductivity[i].toFixed(1) }),
  };
}
