/**
 * Public-service needs that grow with population (physicians, childcare places, general
 * practitioners, sports ground area), one small panel each because their units differ.
 */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { num, peopleWords, wan } from '../i18n/format';
import type { Figure } from './figure';
import { plotlyText } from './plotly-text';
import { COLORS, FONT_FAMILY, targetYearShape } from './theme';
import { summaryYear, yearIndex } from './series-helpers';

const PANEL_COLORS = ['#0e7490', '#b45309', '#7c3aed', '#15803d'];

/** Panel titles short enough for a quarter of a chart (the plan's full labels are in the summary). */
const SHORT: Record<string, { zh: string; en: string }> = {
  doctors: { zh: '执业(助理)医师', en: 'Physicians' },
  childcarePlaces: { zh: '3岁以下婴幼儿托位', en: 'Childcare places, under 3' },
  generalPractitioners: { zh: '全科医生', en: 'General practitioners' },
  sportsArea: { zh: '体育场地面积', en: 'Sports ground area' },
};

export function servicesFigure(p: Projection, plan: PlanData, lang: Lang, t: Translate): Figure {
  const x = p.years;
  const services = (plan.publicServices ?? []).filter((s) => p.series.publicServices[s.id]);
  const data: Figure['data'] = [];
  const annotations: NonNullable<Figure['layout']['annotations']> = [];
  const layout: Figure['layout'] = {
    autosize: true,
    margin: { l: 56, r: 12, t: 26, b: 30 },
    font: { family: FONT_FAMILY, size: 11, color: '#1f2937' },
    showlegend: false,
    hovermode: 'x unified',
    grid: { rows: 2, columns: 2, pattern: 'independent', ygap: 0.42, xgap: 0.18 },
  };
  const flexible = layout as Record<string, unknown>;
  services.forEach((s, k) => {
    const suffix = k === 0 ? '' : String(k + 1);
    const unit = lang === 'zh' ? s.unit : s.unitEn;
    data.push({ type: 'scatter', mode: 'lines', name: plotlyText(s.label[lang]), x, y: p.series.publicServices[s.id], xaxis: `x${suffix}`, yaxis: `y${suffix}`, line: { color: PANEL_COLORS[k % 4], width: 2.2 }, hovertemplate: `%{y:,.0f} ${unit}<extra>${plotlyText(s.label[lang])}</extra>` } as Figure['data'][number]);
    flexible[`xaxis${suffix}`] = { tickformat: 'd', dtick: 5, gridcolor: COLORS.grid, fixedrange: true, tickfont: { size: 10 }, ticklabeloverflow: 'allow', tickangle: 0 };
    flexible[`yaxis${suffix}`] = { gridcolor: COLORS.grid, fixedrange: true, separatethousands: true, exponentformat: 'none', rangemode: 'tozero', tickfont: { size: 10 }, ticklabeloverflow: 'allow', tickangle: 0 };
    const short = (SHORT[s.id] ?? s.label)[lang];
    annotations.push({ text: lang === 'zh' ? `${short}(${unit})` : `${short} (${unit})`, xref: `x${suffix} domain` as never, yref: `y${suffix} domain` as never, x: 0, y: 1.02, xanchor: 'left', yanchor: 'bottom', showarrow: false, font: { size: 11, color: '#374151' } });
  });
  layout.annotations = annotations;
  layout.shapes = services.map((_, k) => ({ ...targetYearShape(plan.period.to), xref: `x${k === 0 ? '' : k + 1}` as never, yref: `y${k === 0 ? '' : k + 1} domain` as never }));
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const items = services.map((s) => `${s.label[lang]} ${num(p.series.publicServices[s.id][i], 0)} ${lang === 'zh' ? s.unit : s.unitEn}`).join(t('chart.services.itemSep'));
  const population = lang === 'zh' ? wan(p.series.population[i], 'zh') : peopleWords(p.series.population[i]);
  return { title: t('chart.services.title'), data, layout, summary: t('chart.services.summary', { year, population, items }) };
}
