/**
 * Checks Monte Carlo options before any work starts. Every problem becomes one issue naming the field,
 * the value and what is allowed (PlanpathError 'invalid-request'); nothing is silently clamped.
 */
import { PlanpathError, issue, type ValidationIssue } from '../errors';
import type { McOptions } from './mc-types';

/** Largest path count or limit of one run. */
export const MAX_PATHS = 100_000_000;
/** Largest path count (or limit) of a run that keeps per-path samples (40 MB per sample). */
export const MAX_SAMPLED_PATHS = 10_000_000;

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Throws PlanpathError listing every bad field of `options`; `series` and `years` give what exists. */
export function checkMcOptions(options: McOptions, series: ReadonlySet<string>, years: readonly number[], targetIds: readonly string[]): void {
  const out: ValidationIssue[] = [];
  const { paths, seed, tolerance, quantiles } = options;
  if (paths !== undefined && (!isInt(paths) || paths < 1 || paths > MAX_PATHS)) {
    out.push(issue('paths', paths, { en: 'not a whole number of paths in range', zh: '路径数不是范围内的整数' }, { en: `an integer from 1 to ${MAX_PATHS}`, zh: `1 到 ${MAX_PATHS} 的整数` }));
  }
  if (seed !== undefined && (!isInt(seed) || seed < 0 || seed > 0xffffffff)) {
    out.push(issue('seed', seed, { en: 'not an unsigned 32-bit integer', zh: '不是 32 位无符号整数' }, { en: 'an integer from 0 to 4294967295', zh: '0 到 4294967295 的整数' }));
  }
  if (tolerance !== undefined && !(typeof tolerance === 'number' && tolerance > 0 && tolerance <= 0.5)) {
    out.push(issue('tolerance', tolerance, { en: 'not a standard error in (0, 0.5]', zh: '标准误差不在 (0, 0.5] 内' }, { en: 'a fraction above 0 and at most 0.5, e.g. 0.005', zh: '大于 0 且不超过 0.5 的小数,如 0.005' }));
  }
  if (quantiles !== undefined) {
    const ok = Array.isArray(quantiles) && quantiles.length > 0 && quantiles.every((p, i) => typeof p === 'number' && p > 0 && p < 1 && (i === 0 || p > quantiles[i - 1]));
    if (!ok) out.push(issue('quantiles', quantiles, { en: 'not ascending levels strictly between 0 and 1', zh: '不是严格介于 0 和 1 之间的递增水平' }, { en: 'e.g. [0.05, 0.5, 0.95]', zh: '如 [0.05, 0.5, 0.95]' }));
  }
  const seriesAllowed = { en: `a series of the projection, e.g. ${[...series].slice(0, 4).join(', ')}`, zh: `预测中的序列,如 ${[...series].slice(0, 4).join('、')}` };
  options.series?.forEach((s, i) => {
    if (!series.has(s)) out.push(issue(`series[${i}]`, s, { en: 'unknown series', zh: '未知序列' }, seriesAllowed));
  });
  const yearAllowed = { en: `a year from ${years[1]} to ${years[years.length - 1]}`, zh: `${years[1]} 至 ${years[years.length - 1]} 年` };
  const projected = { en: `years from ${years[0]} to ${years[years.length - 1]}`, zh: `${years[0]} 至 ${years[years.length - 1]} 年` };
  if (options.years !== undefined && !Array.isArray(options.years)) out.push(issue('years', options.years, { en: 'not a list of years', zh: '不是年份列表' }, projected));
  else options.years?.forEach((y, i) => {
    if (!isInt(y) || !years.includes(y)) out.push(issue(`years[${i}]`, y, { en: 'not a year of the projection', zh: '不是预测中的年份' }, projected));
  });
  const checkSeriesYear = (field: string, s: string, year: number) => {
    if (!series.has(s)) out.push(issue(`${field}.series`, s, { en: 'unknown series', zh: '未知序列' }, seriesAllowed));
    if (!isInt(year) || year <= years[0] || year > years[years.length - 1]) out.push(issue(`${field}.year`, year, { en: 'outside the projected years', zh: '不在预测年份内' }, yearAllowed));
  };
  options.histograms?.forEach((h, i) => {
    checkSeriesYear(`histograms[${i}]`, h.series, h.year);
    if (h.bins !== undefined && (!isInt(h.bins) || h.bins < 1 || h.bins > 1000)) out.push(issue(`histograms[${i}].bins`, h.bins, { en: 'not a bin count in range', zh: '分组数不在范围内' }, { en: 'an integer from 1 to 1000', zh: '1 到 1000 的整数' }));
  });
  options.samples?.forEach((s, i) => checkSeriesYear(`samples[${i}]`, s.series, s.year));
  if ((options.samples?.length ?? 0) > 0 && (paths ?? 0) > MAX_SAMPLED_PATHS) {
    out.push(issue('samples', options.samples!.length, { en: `keeping every path's values needs 4 bytes per path and sample; ${paths} paths is too many`, zh: `保留每条路径的数值需每条路径每项 4 字节;${paths} 条路径过多` }, { en: `at most ${MAX_SAMPLED_PATHS} paths with samples`, zh: `保留样本时最多 ${MAX_SAMPLED_PATHS} 条路径` }));
  }
  options.joint?.forEach((id, i) => {
    if (!targetIds.includes(id)) out.push(issue(`joint[${i}]`, id, { en: 'not a target the model computes', zh: '不是模型计算的目标' }, { en: targetIds.join(', ') || '(none)', zh: targetIds.join('、') || '(无)' }));
  });
  if (out.length > 0) throw new PlanpathError('invalid-request', out);
}
