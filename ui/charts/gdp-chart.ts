/** Nominal and real GDP (亿元) against the plan's 2025 level target (4,000 亿元). */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { money } from '../i18n/format';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { statusWord, summaryYear, targetRow, yearIndex } from './series-helpers';
import { gdpHistory, historyTraces } from './gdp-history';
import { wsTranslate } from '../game/game-messages';

export function gdpFigure(p: Projection, plan: PlanData, lang: Lang, t: Translate): Figure {
  const unit = lang === 'zh' ? ' 亿元' : ' (CNY 100 million)';
  const target = targetRow(p, 'gdpNominal');
  const x = p.years;
  const data: Figure['data'] = [
    { type: 'scatter', mode: 'lines+markers', name: t('chart.gdp.nominal'), x, y: p.series.gdpNominal, line: { color: COLORS.nominal, width: 2.5 }, marker: { size: 4 }, hovertemplate: `%{y:,.0f}${unit}` },
    { type: 'scatter', mode: 'lines', name: t('chart.gdp.real'), x, y: p.series.gdpReal, line: { color: COLORS.real, width: 2, dash: 'dash' }, hovertemplate: `%{y:,.0f}${unit}` },
  ];
  if (target) {
    data.push({ type: 'scatter', mode: 'lines', name: t('chart.gdp.target'), x: [x[0], x[x.length - 1]], y: [target.target, target.target], line: { color: COLORS.target, width: 1.5, dash: 'dot' }, hoverinfo: 'skip' });
    data.push({ type: 'scatter', mode: 'markers', showlegend: false, x: [target.year], y: [target.target], marker: { symbol: 'diamond', size: 11, color: COLORS.target }, hovertemplate: `${t('chart.target')}: %{y:,.0f}${unit}<extra></extra>` });
  }
  // Before the base year: the plan's record and published figures (the 5.6% past next to the 19.4% required).
  const history = historyTraces(gdpHistory(plan, p.baseYear, p.series.gdpNominal[0]), lang, { record: (rate) => wsTranslate(lang, 'history.plan', { rate }), published: wsTranslate(lang, 'history.published') });
  data.push(...history);
  const firstYear = Math.min(x[0], ...history.flatMap((d) => (d as { x: number[] }).x));
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const summary = t('chart.gdp.summary', {
    year,
    nominal: money(p.series.gdpNominal[i], lang),
    target: target ? money(target.target, lang) : '-',
    status: statusWord(p, 'gdpNominal', t),
    real: money(p.series.gdpReal[i], lang),
  });
  return {
    title: t('chart.gdp.title'),
    data,
    layout: { ...baseLayout({ yTitle: t('chart.gdp.axis'), xRange: [firstYear - 0.3, x[x.length - 1] + 0.3] }), shapes: [targetYearShape(plan.period.to)] },
    summary,
  };
}
