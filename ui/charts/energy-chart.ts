/**
 * Energy and CO2 per unit of GDP as indices (2020 = 100) with the 2025 reduction targets
 * (the national 14th FYP figures stand in for the plan's "city-set target": labelled proxies), and,
 * when energy follows the sector mix, energy use by sector as stacked bars on the same scale (2020 total
 * energy use = 100, so the stack's height is the energy-use index; hover shows 万吨 tce).
 */
import type { Lang, PlanData, Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { num } from '../i18n/format';
import type { Figure } from './figure';
import { COLORS, baseLayout, targetYearShape } from './theme';
import { statusWord, summaryYear, targetRow, yearIndex } from './series-helpers';

export function energyFigure(p: Projection, plan: PlanData, _lang: Lang, t: Translate): Figure {
  const x = p.years;
  const idx = (v: number[]) => v.map((f) => f * 100);
  const energyTarget = targetRow(p, 'energyIntensityReduction');
  const co2Target = targetRow(p, 'co2IntensityReduction');
  const data: Figure['data'] = [
    { type: 'scatter', mode: 'lines+markers', name: t('chart.energy.energy'), x, y: idx(p.series.energyIntensityIndex), line: { color: COLORS.energy, width: 2.5 }, marker: { size: 4 }, hovertemplate: '%{y:.1f}' },
    { type: 'scatter', mode: 'lines+markers', name: t('chart.energy.co2'), x, y: idx(p.series.co2IntensityIndex), line: { color: COLORS.co2, width: 2.5 }, marker: { size: 4 }, hovertemplate: '%{y:.1f}' },
  ];
  const use = p.series.energyUse;
  if (use) {
    // Bars first so the index lines draw on top of them.
    const total0 = use.primary[0] + use.secondary[0] + use.tertiary[0];
    const bars: Figure['data'] = (['primary', 'secondary', 'tertiary'] as const).map((s) => ({
      type: 'bar', name: t(`chart.energy.use.${s}`), x, y: use[s].map((v) => (v / total0) * 100), customdata: use[s], marker: { color: COLORS[s], opacity: 0.35 },
      hovertemplate: `%{customdata:,.0f} ${t('chart.energy.useUnit')}<extra>%{fullData.name}</extra>`,
    }));
    data.unshift(...bars);
  }
  if (energyTarget) data.push({ type: 'scatter', mode: 'markers', name: t('chart.energy.energyTarget'), x: [energyTarget.year], y: [100 - energyTarget.target], marker: { symbol: 'diamond', size: 12, color: COLORS.energy, line: { color: '#fff', width: 1 } }, hovertemplate: '%{y:.1f}<extra></extra>' });
  if (co2Target) data.push({ type: 'scatter', mode: 'markers', name: t('chart.energy.co2Target'), x: [co2Target.year], y: [100 - co2Target.target], marker: { symbol: 'diamond-open', size: 12, color: COLORS.co2, line: { width: 2 } }, hovertemplate: '%{y:.1f}<extra></extra>' });
  const year = summaryYear(p, plan.period.to);
  const i = yearIndex(p, year);
  const drop = (v: number) => `${num(-v * 100, 1)}%`;
  const summary = t('chart.energy.summary', {
    year,
    energy: drop(p.series.energyIntensityChangeSinceBase[i]),
    co2: drop(p.series.co2IntensityChangeSinceBase[i]),
    energyTarget: energyTarget ? `${num(energyTarget.target, 1)}%` : '-',
    co2Target: co2Target ? `${num(co2Target.target, 1)}%` : '-',
    energyStatus: statusWord(p, 'energyIntensityReduction', t),
    co2Status: statusWord(p, 'co2IntensityReduction', t),
  });
  const layout = baseLayout({ yTitle: t(use ? 'chart.energy.axisWithUse' : 'chart.energy.axis'), xRange: [x[0] - 0.3, x[x.length - 1] + 0.3] });
  const byUse = use ? { barmode: 'stack' as const } : {};
  const useSummary = use ? ` ${t('chart.energy.useSummary', { year, total: num(use.primary[i] + use.secondary[i] + use.tertiary[i], 0), industry: `${num((use.secondary[i] / (use.primary[i] + use.secondary[i] + use.tertiary[i])) * 100, 0)}%` })}` : '';
  return { title: t('chart.energy.title'), data, layout: { ...layout, ...byUse, yaxis: { ...layout.yaxis, rangemode: 'normal' }, shapes: [targetYearShape(plan.period.to)] }, summary: summary + useSummary };
}
