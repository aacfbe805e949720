/**
 * One observed series of a review, as the Review view shows it: its name and unit in the current
 * language, how its values are displayed (fractions as percent), and its paths by year in the unit the
 * observations are written in: the scenario's own path, the path re-anchored at the last observed
 * year, and the plan's path to the target it belongs to (as the engine compares them, engine/review).
 */
import {
  INVESTMENT_SERIES, PERCENT_SERIES, effectiveTarget, seriesAt, targetAimValue, targetPathValue,
  type ActualsCatalogue, type Lang, type PlanIndicator, type Projection, type ReviewResult,
} from '../../engine/index';
import { seriesName } from '../io/csv';
import { plan } from './scenarios';

/** How a series is named and displayed. */
export interface SeriesDisplay {
  label: string;
  /** The unit of the displayed values ("%" for fractions shown as percent). */
  unit: string;
  /** Displayed value = value in the series' unit x factor (100 for a fraction shown in percent). */
  factor: number;
  /** Displayed in percent: differences are percentage points. */
  percent: boolean;
}

const INVESTMENT_LABEL = { zh: '固定资产投资(基年价)', en: 'Investment (base-year prices)' };

function indicatorOf(series: string): PlanIndicator | undefined {
  const id = series.startsWith('indicators.') ? series.slice('indicators.'.length) : series;
  return plan.indicators.find((i) => i.id === id);
}

/** Name, unit and display scale of an observed series (an output name or an indicator id). */
export function seriesDisplay(series: string, catalogue: ActualsCatalogue, lang: Lang): SeriesDisplay {
  const ind = indicatorOf(series);
  if (ind) {
    const unit = lang === 'zh' ? ind.unit : ind.unitEn;
    return { label: ind.label[lang], unit, factor: 1, percent: ind.unit.includes('%') };
  }
  if (series === INVESTMENT_SERIES) return { label: INVESTMENT_LABEL[lang], unit: lang === 'zh' ? '亿元' : 'CNY 100 million', factor: 1, percent: false };
  const key = catalogue.mappings.get(series)?.key ?? series;
  const { label, unit } = seriesName(series, plan);
  if (PERCENT_SERIES.has(key)) return { label: label[lang], unit: '%', factor: 100, percent: true };
  return { label: label[lang], unit: unit[lang], factor: 1, percent: false };
}

/** Years and values of one line (null where the series has no value). */
export interface Line {
  years: number[];
  values: (number | null)[];
}

/** The paths of an observed series, in the unit its observations are written in. */
export interface SeriesPaths {
  observed: { year: number; value: number; source: string | null }[];
  scenario: Line | null;
  reanchored: Line | null;
  /** The plan's path to the target (from the plan's base to the target year). */
  planPath: Line | null;
  target: { id: string; year: number; value: number } | null;
}

function projected(p: Projection, key: string, scale: number): Line | null {
  const values = seriesAt(p.series, key);
  if (!values) return null;
  return { years: p.years, values: values.map((v) => (Number.isFinite(v) ? v * scale : null)) };
}

/** The plan's path to the indicator's target, in the unit of the observations (see engine/review/review.ts). */
function planPathOf(ind: PlanIndicator, original: Projection, scale: number): { line: Line; target: { year: number; value: number } } | null {
  const target = effectiveTarget(ind);
  const aim = targetAimValue(target);
  const v0 = ind.model ? (seriesAt(original.series, ind.model.series)?.[0] ?? NaN) * ind.model.scale : ind.base?.value;
  const t0 = ind.model ? original.baseYear : ind.base?.year;
  if (!target || aim === undefined || v0 === undefined || t0 === undefined || !Number.isFinite(v0)) return null;
  const toObs = (v: number) => (ind.model ? (v / ind.model.scale) * scale : v);
  const years: number[] = [];
  const values: (number | null)[] = [];
  for (let y = t0; y <= target.year; y++) {
    const v = targetPathValue(ind, t0, v0, target.year, aim, y);
    years.push(y);
    values.push(v === undefined ? null : toObs(v));
  }
  return { line: { years, values }, target: { year: target.year, value: toObs(aim) } };
}

/** Every path of `series` in a review. */
export function seriesPaths(review: ReviewResult, series: string, catalogue: ActualsCatalogue): SeriesPaths {
  const mapping = catalogue.mappings.get(series);
  const scale = mapping?.scale ?? 1;
  const key = mapping?.key ?? series;
  const observed = review.comparisons.filter((c) => c.series === series).map((c) => ({ year: c.year, value: c.observed, source: c.source }));
  const targetId = review.comparisons.find((c) => c.series === series && c.targetId)?.targetId;
  const ind = targetId ? plan.indicators.find((i) => i.id === targetId) : undefined;
  const path = ind ? planPathOf(ind, review.original, scale) : null;
  return {
    observed,
    scenario: projected(review.original, key, scale),
    reanchored: review.anchorYear > review.original.baseYear ? projected(review.reanchored, key, scale) : null,
    planPath: path?.line ?? null,
    target: path && ind ? { id: ind.id, ...path.target } : null,
  };
}

/** The observed series of a review, in order of first appearance (GDP first when observed). */
export function observedSeries(review: ReviewResult): string[] {
  const names = [...new Set(review.comparisons.map((c) => c.series))];
  return names.sort((a, b) => Number(b === 'gdpNominal') - Number(a === 'gdpNominal'));
}
