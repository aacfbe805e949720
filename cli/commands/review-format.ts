/**
 * Tables and the JSON document of `review`: plan against actual (with each figure's status and
 * source), targets re-anchored with their mid-term class, the published figures not used and why, and
 * the numbered list of sources.
 */
import {
  formatPercent, formatSignedPercent, groupDigits, autoDecimals, PROGRESS_CLASS_LABELS, PUBLISHED_STATUS_LABELS, SERIES_LABELS,
  type Lang, type PlanData, type ProgressSummary, type PublishedChoice, type PublishedReason, type ReviewHeadline, type ReviewResult, type ReviewTarget, type TargetStatus,
} from '../../engine/index';
import { renderTable } from '../format/table';
import { COMPARATOR_SYMBOL } from '../format/projection';

const BASIS: Record<ReviewTarget['basis'], { zh: string; en: string }> = {
  model: { zh: '模型', en: 'model' },
  'default-path': { zh: '默认直线路径', en: 'default path' },
  'scenario-path': { zh: '情景路径', en: 'scenario path' },
  'held-at-base': { zh: '保持基数', en: 'held' },
  none: { zh: '-', en: '-' },
};

const STATUS: Record<TargetStatus, { zh: string; en: string }> = {
  met: { zh: '达成', en: 'met' },
  'at-risk': { zh: '有风险', en: 'at risk' },
  missed: { zh: '未达成', en: 'missed' },
  assumed: { zh: '假设', en: 'assumed' },
  'not-assessed': { zh: '未评估', en: 'not assessed' },
};

const REASON: Record<PublishedReason, { zh: string; en: string }> = {
  used: { zh: '已使用', en: 'used' },
  'status-off': { zh: '该状态未选用(--statuses)', en: 'status not chosen (--statuses)' },
  'lower-bound': { zh: '仅为下限,列示不使用', en: 'a lower bound: shown, not used' },
  context: { zh: '背景资料', en: 'context only' },
  'outside-years': { zh: '早于情景年份(用于校准)', en: "outside the scenario's years (calibration uses it)" },
  'unknown-series': { zh: '情景无此序列', en: 'not a series of this scenario' },
  duplicate: { zh: '同年同序列已有更可靠数据', en: 'a firmer figure of the same year and series is used' },
  invalid: { zh: '取值超出范围', en: 'value out of range' },
};

const num = (x: number | null) => (x === null ? '-' : groupDigits(x, Number.isInteger(x) ? 0 : autoDecimals(x)));

/** A change a year: a rate in %, or percentage points (the scorecard's `points` kind) as "+3.40 pp". */
function annualChange(value: number, kind: ReviewTarget['changeKind'], lang: Lang): string {
  if (kind === 'points') return `${value >= 0 ? '+' : ''}${value.toFixed(2)}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
  return pct(value);
}
const pct = (x: number | null, d = 2) => (x === null ? '-' : formatPercent(x, d));
const signed = (x: number | null) => (x === null ? '-' : formatSignedPercent(x, 1));

/** Numbers the distinct sources in order of first use: [1], [2], ... */
export class SourceList {
  private readonly urls: string[] = [];
  ref(url: string | null | undefined): string {
    if (!url) return '-';
    if (url === 'plan') return url;
    let k = this.urls.indexOf(url);
    if (k < 0) k = this.urls.push(url) - 1;
    return `[${k + 1}]`;
  }
  render(lang: Lang): string {
    if (this.urls.length === 0) return '';
    return `${lang === 'zh' ? '来源' : 'Sources'}:\n${this.urls.map((u, k) => `[${k + 1}] ${u}`).join('\n')}`;
  }
}

/** An observed series' name and unit. */
export function seriesName(series: string, plan: PlanData, lang: Lang): string {
  const ind = plan.indicators.find((i) => i.id === series);
  if (ind) return `${ind.label[lang]} (${lang === 'zh' ? ind.unit : ind.unitEn})`;
  if (series === 'investment') return lang === 'zh' ? '投资 (亿元,基年价)' : 'Investment (CNY 100 million, base-year prices)';
  const l = SERIES_LABELS[series];
  return l ? `${l.label[lang]} (${l.unit[lang]})` : series;
}

export function comparisonTable(r: ReviewResult, plan: PlanData, lang: Lang, sources: SourceList): string {
  const zh = lang === 'zh';
  const isPercent = (series: string) => SERIES_LABELS[series]?.unit.en === '%';
  const shown = (v: number, series: string) => (isPercent(series) ? formatPercent(v, 1) : num(v));
  // A growth rate's deviation is shown in percentage points; a level's in percent of the scenario's value.
  const deviation = (c: ReviewResult['comparisons'][number]) => (c.deviationPct === null && c.deviation !== null && isPercent(c.series) ? `${c.deviation >= 0 ? '+' : ''}${(c.deviation * 100).toFixed(1)} ${zh ? '个百分点' : 'pt'}` : signed(c.deviationPct));
  const rows = r.comparisons.map((c) => [
    String(c.year), seriesName(c.series, plan, lang), shown(c.observed, c.series), c.status ? PUBLISHED_STATUS_LABELS[c.status][lang] : '-',
    c.scenario === null ? (c.modelSeriesMissing ? (zh ? '无模型值*' : 'no model*') : '-') : shown(c.scenario, c.series), deviation(c),
    c.targetPath === null ? '-' : shown(c.targetPath, c.series), signed(c.targetDeviationPct), sources.ref(c.source),
  ]);
  const header = zh ? ['年份', '序列', '实际值', '数据状态', '情景路径', '偏离', '规划目标路径', '偏离', '来源'] : ['Year', 'Series', 'Observed', 'Status', 'Scenario', 'Deviation', 'Path to target', 'Deviation', 'Source'];
  return renderTable(header, rows, { title: zh ? '实际与规划对照' : 'Plan against actual', alignLeft: [1, 3, 8] });
}

function progressCell(t: ReviewTarget, lang: Lang): string {
  const p = t.progress;
  if (p.class) return `${PROGRESS_CLASS_LABELS[p.class][lang]}${p.progressRatio !== null ? ` (${Math.round(p.progressRatio * 100)}%)` : ''}${p.lowerBound ? (lang === 'zh' ? ' 按下限' : ' by bound') : ''}`;
  if (p.reason === 'lower-bound') return lang === 'zh' ? `仅有下限 >${num(p.observed)}` : `lower bound only >${num(p.observed)}`;
  return lang === 'zh' ? '无数据' : 'no figure';
}

export function targetTable(r: ReviewResult, plan: PlanData, lang: Lang, filter: (t: ReviewTarget) => boolean): string {
  const zh = lang === 'zh';
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const rows = r.targets.filter(filter).map((t) => {
    const ind = byId.get(t.id)!;
    return [
      `${ind.label[lang]}${t.proxyAssumption ? (zh ? ' (代理目标)' : ' (proxy)') : ''}`, zh ? ind.unit : ind.unitEn, String(t.year), `${COMPARATOR_SYMBOL[t.comparator]} ${num(t.target)}`,
      t.lastObserved === null ? '-' : `${num(t.lastObserved)} (${t.lastObservedYear})`,
      progressCell(t, lang),
      num(t.projected), STATUS[t.status][lang],
      t.requiredAnnualChange === null ? '-' : `${annualChange(t.requiredAnnualChange, t.changeKind, lang)} (${zh ? '自' : 'from '}${t.requiredFromYear})`,
      t.observedPace ? `${num(t.observedPace.projected)} ${t.observedPace.met ? '✓' : '✗'}` : '-',
      t.probability === null ? '-' : pct(t.probability, 1),
      BASIS[t.basis][lang],
    ];
  });
  const header = zh
    ? ['指标', '单位', '年份', '目标', '最近实际(年份)', '中期评估(完成预期进度)', '重新锚定预测', '状态', '现需年均变化', '按已观测速度', '达成概率', '依据']
    : ['Indicator', 'Unit', 'Year', 'Target', 'Last observed (year)', 'Mid-term class (progress)', 'Projected now', 'Status', 'Required/yr now', 'At observed pace', 'Probability', 'Basis'];
  return renderTable(header, rows, { title: zh ? `目标:自 ${r.anchorYear} 年重新锚定` : `Targets, re-anchored at ${r.anchorYear}`, alignLeft: [1, 5, 7, 11] });
}

/** Published figures that are not used, and why (lower bounds, statuses not chosen, context, earlier years). */
export function publishedTable(choices: readonly PublishedChoice[], lang: Lang, sources: SourceList): string {
  const zh = lang === 'zh';
  const rows = choices.filter((c) => c.reason !== 'used').map(({ figure: f, reason }) => [
    f.yearText, f.sourceSeries, f.valueText, f.unit, PUBLISHED_STATUS_LABELS[f.status][lang], `${REASON[reason][lang]}${reason === 'context' && f.why ? `: ${f.why[lang]}` : ''}`, sources.ref(f.sourceUrl),
  ]);
  const header = zh ? ['年份', '序列(来源名称)', '数值', '单位', '数据状态', '未使用原因', '来源'] : ['Year', 'Series (as published)', 'Value', 'Unit', 'Status', 'Why not used', 'Source'];
  return renderTable(header, rows, { title: zh ? '未用于评估的公布数据' : 'Published figures not used in the review', alignLeft: [1, 3, 4, 5, 6] });
}

/** The JSON document of `review`. */
export function reviewJson(r: ReviewResult, extra: { source: string; statuses: readonly string[] | null; mc: { paths: number; seed: number } | null; headline: ReviewHeadline | null; summary: ProgressSummary; published: readonly PublishedChoice[] | null }) {
  return {
    scenario: { id: r.scenarioId },
    actualsSource: extra.source,
    statuses: extra.statuses,
    anchorYear: r.anchorYear,
    monteCarlo: extra.mc,
    headline: extra.headline,
    summary: extra.summary,
    targets: r.targets,
    comparisons: r.comparisons,
    published: extra.published?.map(({ figure, reason }) => ({ ...figure, reason })) ?? null,
    reanchored: {
      years: r.reanchored.years,
      series: { gdpNominal: r.reanchored.series.gdpNominal, gdpReal: r.reanchored.series.gdpReal, shares: r.reanchored.series.shares, population: r.reanchored.series.population, energyIntensityChangeSinceBase: r.reanchored.series.energyIntensityChangeSinceBase, co2IntensityChangeSinceBase: r.reanchored.series.co2IntensityChangeSinceBase },
    },
  };
}
