/** Resident population (万人) against the plan's 100 万人 (1 million) target. */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { people } from '../i18n/format';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { statusWord, summaryYear, targetRow, yearIndex } from './series-helpers';

export function populationFigure(p: Projection, plan: PlanData, lang: Lang, t: Translate): Figure {
  const x = p.years;
  const unit = lang === 'zh' ? ' 万人' : ' (10,000 people)';
  const target = targetRow(p, 'population');
  const data: Figure['data'] = [
    { type: 'scatter', mode: 'lines+markers', name: t('chart.population.series'), x, y: p.series.population, line: { color: COLORS.population, width: 2.5 }, marker: { size: 4 }, hovertemplate: `%{y:,.1f}${unit}` },
  ];
  if (target) {
    data.push({ type: 'scatter', mode: 'lines', name: t('chart.population.target'), x: [x[0], x[x.length - 1]], y: [target.target, target.target], line: { color: COLORS.target, width: 1.5, dash: 'dot' }, hoverinfo: 'skip' });
    data.push({ type: 'scatter', mode: 'markers', showlegend: false, x: [target.year], y: [target.target], marker: { symbol: 'diamond', size: 11, color: COLORS.target }, hovertemplate: `${t('chart.target')}: %{y:,.0f}${unit}<extra></extra>` });
  }
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const summary = t('chart.population.summary', { year, value: people(p.series.population[i], lang), status: statusWord(p, 'population', t) });
  return {
    title: t('chart.population.title'),
    data,
    layout: { ...baseLayout({ yTitle: t('chart.population.axis'), xRange: [x[0] - 0.3, x[x.length - 1] + 0.3] }), shapes: [targetYearShape(plan.period.to)] },
    summary,
  };
}
