/**
 * Calibration from history: per series, the yearly log growth and its trend, volatility and
 * persistence with standard errors (growth-statistics.ts); across the three sectors, the correlation
 * of their growth over the years all three are observed. Warnings say where too few observations
 * stand behind an estimate, and where a level series has a gap (growth is only taken between
 * consecutive years).
 */
import { sampleCorrelation } from 'simple-statistics';
import type { LocalizedText } from '../plan/plan-types';
import { SECTORS } from '../scenario/scenario-types';
import type { Observation } from '../review/actuals-types';
import { MIN_OBSERVATIONS } from './calibration-defaults';
import { estimateGrowth, type GrowthEstimates } from './growth-statistics';
import { isRateSeries } from './history-series';

/** One calibrated series. */
export interface SeriesCalibration {
  /** The series (projection name, e.g. gdpReal, or rate name, e.g. realGrowth.tertiary). */
  key: string;
  kind: 'level' | 'rate';
  /** Log growth by year (the year the growth ends in). */
  logGrowth: { year: number; value: number }[];
  estimates: GrowthEstimates;
  /** Years after which a level series has a gap (no growth is taken across it). */
  gapsAfter: number[];
}

/** The correlation of the sectors' log growth (primary, secondary, tertiary order). */
export interface SectorCorrelation {
  matrix: number[][];
  /** Years all three sectors' growth is observed. */
  observations: number;
  tooFew: boolean;
  /** Which series it was computed from, by sector. */
  from: Record<string, string>;
}

/** The result of a calibration. */
export interface CalibrationResult {
  series: SeriesCalibration[];
  sectorCorrelation: SectorCorrelation | null;
  warnings: LocalizedText[];
}

function logGrowthOf(key: string, obs: readonly Observation[]): { logGrowth: { year: number; value: number }[]; gapsAfter: number[] } {
  const sorted = [...obs].sort((a, b) => a.year - b.year);
  if (isRateSeries(key)) {
    const gapsAfter = sorted.filter((o, i) => i + 1 < sorted.length && sorted[i + 1].year !== o.year + 1).map((o) => o.year);
    return { logGrowth: sorted.map((o) => ({ year: o.year, value: Math.log1p(o.keyValue) })), gapsAfter };
  }
  const logGrowth: { year: number; value: number }[] = [];
  const gapsAfter: number[] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].year === sorted[i - 1].year + 1) logGrowth.push({ year: sorted[i].year, value: Math.log(sorted[i].keyValue / sorted[i - 1].keyValue) });
    else gapsAfter.push(sorted[i - 1].year);
  }
  return { logGrowth, gapsAfter };
}

/** The sector series calibration prefers: rates (realGrowth.<s>) over real levels (valueAddedReal.<s>). */
export function sectorGrowthSeries(series: readonly SeriesCalibration[], sector: string): SeriesCalibration | undefined {
  return series.find((c) => c.key === `realGrowth.${sector}`) ?? series.find((c) => c.key === `valueAddedReal.${sector}`);
}

function sectorCorrelation(series: readonly SeriesCalibration[]): SectorCorrelation | null {
  const chosen = SECTORS.map((s) => sectorGrowthSeries(series, s));
  if (chosen.some((c) => !c)) return null;
  const maps = chosen.map((c) => new Map(c!.logGrowth.map((g) => [g.year, g.value])));
  const years = [...maps[0].keys()].filter((y) => maps[1].has(y) && maps[2].has(y)).sort((a, b) => a - b);
  if (years.length < 3) return null;
  const cols = maps.map((m) => years.map((y) => m.get(y)!));
  const corr = (i: number, j: number) => (i === j ? 1 : sampleCorrelation(cols[i], cols[j]));
  const matrix = [0, 1, 2].map((i) => [0, 1, 2].map((j) => corr(i, j)));
  if (matrix.flat().some((x) => !Number.isFinite(x))) return null;
  return { matrix, observations: years.length, tooFew: years.length < MIN_OBSERVATIONS.volatility, from: Object.fromEntries(SECTORS.map((s, k) => [s, chosen[k]!.key])) };
}

/** Calibrates every series of a history (observations as read by parseActuals with historyCatalogue). */
export function calibrateHistory(observations: readonly Observation[]): CalibrationResult {
  const byKey = new Map<string, Observation[]>();
  for (const o of observations) byKey.set(o.key, [...(byKey.get(o.key) ?? []), o]);
  const series: SeriesCalibration[] = [];
  const warnings: LocalizedText[] = [];
  for (const [key, obs] of [...byKey.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const { logGrowth, gapsAfter } = logGrowthOf(key, obs);
    const consecutive = logGrowth.every((g, i) => i === 0 || g.year === logGrowth[i - 1].year + 1);
    const estimates = estimateGrowth(logGrowth.map((g) => g.value), consecutive);
    series.push({ key, kind: isRateSeries(key) ? 'rate' : 'level', logGrowth, estimates, gapsAfter });
    for (const [name, e] of [['trend', estimates.trend], ['volatility', estimates.volatility], ['persistence', estimates.persistence]] as const) {
      if (e.tooFew) {
        const min = MIN_OBSERVATIONS[name];
        warnings.push({
          en: `${key}: the ${name} rests on ${e.observations} growth observation${e.observations === 1 ? '' : 's'}, fewer than ${min}; treat it as a rough guide${e.value === null ? ' (not computed)' : ''}`,
          zh: `${key}:${name === 'trend' ? '趋势' : name === 'volatility' ? '波动率' : '自相关'}仅基于 ${e.observations} 个增长观测,少于 ${min} 个,仅供粗略参考${e.value === null ? '(未计算)' : ''}`,
        });
      }
    }
    if (gapsAfter.length > 0) {
      warnings.push(isRateSeries(key)
        ? { en: `${key}: gap after ${gapsAfter.join(', ')}; persistence needs consecutive years and is not estimated`, zh: `${key}:${gapsAfter.join('、')} 年之后有缺失;自相关需要连续年份,未估计` }
        : { en: `${key}: gap after ${gapsAfter.join(', ')}; growth is taken between consecutive years only`, zh: `${key}:${gapsAfter.join('、')} 年之后有缺失;仅计算相邻年份之间的增长` });
    }
  }
  const correlation = sectorCorrelation(series);
  if (correlation?.tooFew) warnings.push({ en: `sector correlation rests on ${correlation.observations} years, fewer than ${MIN_OBSERVATIONS.volatility}`, zh: `产业间相关系数仅基于 ${correlation.observations} 年,少于 ${MIN_OBSERVATIONS.volatility} 年` });
  return { series, sectorCorrelation: correlation, warnings };
}
