/** GDP per resident (万元 per person = CNY 10,000 per person). */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { num } from '../i18n/format';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { summaryYear, yearIndex } from './series-helpers';

export function perCapitaFigure(p: Projection, plan: PlanData, lang: Lang, t: Translate): Figure {
  const x = p.years;
  const unit = lang === 'zh' ? ' 万元/人' : ' (CNY 10,000 per person)';
  const data: Figure['data'] = [
    { type: 'scatter', mode: 'lines+markers', name: t('chart.perCapita.series'), x, y: p.series.gdpPerCapita, line: { color: COLORS.perCapita, width: 2.5 }, marker: { size: 4 }, hovertemplate: `%{y:,.2f}${unit}` },
  ];
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const fmt = (v: number) => (lang === 'zh' ? `${num(v, 2)} 万元/人` : `${num(v, 2)}`);
  const summary = t('chart.perCapita.summary', { base: fmt(p.series.gdpPerCapita[0]), baseYear: p.baseYear, value: fmt(p.series.gdpPerCapita[i]), year });
  return {
    title: t('chart.perCapita.title'),
    data,
    layout: { ...baseLayout({ yTitle: t('chart.perCapita.axis'), legend: false, xRange: [x[0] - 0.3, x[x.length - 1] + 0.3] }), shapes: [targetYearShape(plan.period.to)] },
    summary,
  };
}
