/** Construction land (km²), its industrial part, and the scenario's limit when it sets one. */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { summaryYear, yearIndex } from './series-helpers';
import { linkedText } from './linked-text';

export function landFigure(p: Projection, plan: PlanData, lang: Lang): Figure {
  const x = p.years;
  const s = p.series;
  const data: Figure['data'] = [
    { type: 'scatter', mode: 'lines', name: linkedText(lang, 'land.industrial'), x, y: s.industrialLandKm2, fill: 'tozeroy', line: { color: COLORS.secondary, width: 1 }, hovertemplate: '%{y:,.1f} km²' },
    { type: 'scatter', mode: 'lines+markers', name: linkedText(lang, 'land.total'), x, y: s.constructionLandKm2, line: { color: COLORS.perCapita, width: 2.5 }, marker: { size: 4 }, hovertemplate: '%{y:,.1f} km²' },
  ];
  const limit = s.constructionLandLimitKm2?.[0];
  if (limit !== undefined) data.push({ type: 'scatter', mode: 'lines', name: linkedText(lang, 'land.limit'), x: [x[0], x[x.length - 1]], y: [limit, limit], line: { color: COLORS.target, width: 1.5, dash: 'dot' }, hoverinfo: 'skip' });
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const land = s.constructionLandKm2[i];
  const limitWords = limit === undefined ? linkedText(lang, 'land.noLimit') : linkedText(lang, land <= limit ? 'land.limitOk' : 'land.limitOver', { limit: limit.toFixed(0) });
  return {
    title: linkedText(lang, 'land.title'),
    data,
    layout: { ...baseLayout({ yTitle: linkedText(lang, 'land.axis'), xRange: [x[0] - 0.3, x[x.length - 1] + 0.3] }), shapes: [targetYearShape(plan.period.to)] },
    summary: linkedText(lang, 'land.summary', { year, land: land.toFixed(1), industrial: s.industrialLandKm2[i].toFixed(1), limit: limitWords }),
  };
}
