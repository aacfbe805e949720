/** Resident population against the population the jobs would support (万人). */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { summaryYear, yearIndex } from './series-helpers';
import { linkedText } from './linked-text';

export function jobsPopulationFigure(p: Projection, plan: PlanData, lang: Lang, jobsMode: boolean): Figure {
  const x = p.years;
  const unit = lang === 'zh' ? ' 万人' : ' (10,000)';
  const data: Figure['data'] = [
    { type: 'scatter', mode: 'lines+markers', name: linkedText(lang, 'jobsPop.population'), x, y: p.series.population, line: { color: COLORS.population, width: 2.5 }, marker: { size: 4 }, hovertemplate: `%{y:,.1f}${unit}` },
    { type: 'scatter', mode: 'lines', name: linkedText(lang, 'jobsPop.supported'), x, y: p.series.populationSupportedByJobs, line: { color: COLORS.secondary, width: 2, dash: 'dash' }, hovertemplate: `%{y:,.1f}${unit}` },
  ];
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  return {
    title: linkedText(lang, 'jobsPop.title'),
    data,
    layout: { ...baseLayout({ yTitle: linkedText(lang, 'jobsPop.axis'), xRange: [x[0] - 0.3, x[x.length - 1] + 0.3] }), shapes: [targetYearShape(plan.period.to)] },
    summary: linkedText(lang, 'jobsPop.summary', { year, pop: p.series.population[i].toFixed(1), supported: p.series.populationSupportedByJobs[i].toFixed(1), mode: linkedText(lang, jobsMode ? 'mode.jobs' : 'mode.exogenous') }),
  };
}
