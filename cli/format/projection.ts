/**
 * Projection output for the CLI: the JSON document, a wide CSV (one row per year, one column per
 * series) and terminal tables of key series and the scorecard.
 */
import { flattenSeries, seriesAt, summarizeScorecard, scoredUnit, formatPercent, groupDigits, autoDecimals, PERCENT_SERIES, SERIES_LABELS, SERIES_UNITS, type Lang, type PlanData, type Projection, type ResolvedScenario, type TargetResult } from '../../engine/index';
import { renderTable } from './table';
import { toCsv } from './csv';

/** Key series shown in tables, in order. */
export const KEY_SERIES = ['gdpNominal', 'gdpReal', 'realGrowth', 'shares.tertiary', 'population', 'gdpPerCapita', 'energyIntensityIndex', 'co2IntensityIndex'];

/** A value of a series formatted for a table. */
export function formatSeriesValue(path: string, value: number): string {
  if (PERCENT_SERIES.has(path)) return formatPercent(value, 1);
  if (path.endsWith('Index')) return value.toFixed(3);
  return groupDigits(value, autoDecimals(value));
}

/** "Label (unit)" of a series. */
export function seriesHeader(path: string, lang: Lang): string {
  const l = SERIES_LABELS[path];
  return l ? `${l.label[lang]} (${l.unit[lang]})` : path;
}

/** The JSON document of `run`. */
export function projectionJson(p: Projection, scenario: ResolvedScenario, plan: PlanData) {
  return {
    scenario: { id: scenario.id, name: scenario.name, extends: scenario.extends ?? null, lineage: scenario.lineage },
    plan: { id: plan.id, name: plan.name },
    years: p.years,
    units: SERIES_UNITS,
    series: p.series,
    targets: p.targets,
    scorecardSummary: summarizeScorecard(p.targets),
  };
}

/** Wide CSV: year, then every series path. */
export function projectionCsv(p: Projection): string {
  const flat = flattenSeries(p.series);
  return toCsv(['year', ...flat.map(([path]) => path)], p.years.map((y, t) => [y, ...flat.map(([, values]) => values[t])]));
}

const STATUS: Record<TargetResult['status'], { zh: string; en: string }> = {
  met: { zh: '达成', en: 'met' },
  'at-risk': { zh: '有风险', en: 'at risk' },
  missed: { zh: '未达成', en: 'missed' },
  assumed: { zh: '假设', en: 'assumed' },
  'not-assessed': { zh: '未评估', en: 'not assessed' },
};

/** A required or projected annual change: a rate in %, or a change in percentage points ("+3.40 pp"). */
export function formatAnnualChange(value: number | null, kind: TargetResult['changeKind'], lang: Lang): string {
  if (value === null) return '-';
  if (kind === 'points') return `${value >= 0 ? '+' : ''}${value.toFixed(2)}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
  return formatPercent(value, 2);
}

/** How each comparator is printed. */
export const COMPARATOR_SYMBOL: Record<TargetResult['comparator'], string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', range: '∈' };

/** Display of a target's value with its comparator, e.g. "≥ 4,000" or "100-300". */
export function formatTarget(t: Pick<TargetResult, 'comparator' | 'target' | 'min' | 'max'>): string {
  if (t.comparator === 'range') return `${groupDigits(t.min ?? t.target, autoDecimals(t.min ?? t.target))}-${groupDigits(t.max ?? t.target, autoDecimals(t.max ?? t.target))}`;
  return `${COMPARATOR_SYMBOL[t.comparator]} ${groupDigits(t.target, autoDecimals(t.target))}`;
}

/** Scorecard table. */
export function scorecardTable(p: Projection, plan: PlanData, lang: Lang, filter: (t: TargetResult) => boolean = () => true): string {
  const zh = lang === 'zh';
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const rows = p.targets.filter(filter).map((t) => {
    const ind = byId.get(t.id)!;
    const { unit: unitZh, unitEn } = scoredUnit(ind);
    const unit = zh ? unitZh : unitEn;
    const basis = t.basis === 'model' ? (zh ? '模型' : 'model') : t.basis === 'default-path' ? (zh ? '默认直线路径' : 'default path') : t.basis === 'scenario-path' ? (zh ? '情景路径' : 'scenario path') : t.basis === 'held-at-base' ? (zh ? '保持基数' : 'held') : '';
    return [
      `${ind.label[lang]}${t.proxyAssumption ? (zh ? ' (代理目标)' : ' (proxy)') : ''}`,
      unit,
      String(t.year),
      formatTarget(t),
      t.projected === null ? '-' : groupDigits(t.projected, autoDecimals(t.projected)),
      t.status === 'not-assessed' && t.reason === 'beyond-horizon' ? (zh ? '未评估(超出期限)' : 'not assessed (beyond horizon)') : STATUS[t.status][lang],
      formatAnnualChange(t.requiredAnnualChange, t.changeKind, lang),
      formatAnnualChange(t.projectedAnnualChange, t.changeKind, lang),
      basis,
    ];
  });
  const header = zh ? ['指标', '单位', '年份', '目标', '预测值', '状态', '所需年均变化', '情景年均变化', '依据'] : ['Indicator', 'Unit', 'Year', 'Target', 'Projected', 'Status', 'Required/yr', 'Scenario/yr', 'Basis'];
  return renderTable(header, rows, { title: zh ? '目标记分卡' : 'Scorecard', alignLeft: [1, 5, 8] });
}

/** Key series by year. */
export function seriesTable(p: Projection, lang: Lang): string {
  const header = [lang === 'zh' ? '年份' : 'Year', ...KEY_SERIES.map((s) => SERIES_LABELS[s]?.short?.[lang] ?? s)];
  const subheader = ['', ...KEY_SERIES.map((s) => SERIES_LABELS[s]?.unit[lang] ?? '')];
  const rows = p.years.map((y, t) => [String(y), ...KEY_SERIES.map((s) => {
    return formatSeriesValue(s, seriesAt(p.series, s)![t]);
  })]);
  return renderTable(header, rows, { subheader });
}
