/**
 * One sentence on how much history a calibration rests on, in both languages: the growth observations
 * behind each series' trend (with their years) against MIN_OBSERVATIONS. A zone that publishes few yearly
 * figures gets a calibration that says so, instead of estimates that look firmer than they are.
 */
import type { LocalizedText } from '../plan/plan-types';
import { MIN_OBSERVATIONS } from './calibration-defaults';
import type { CalibrationResult } from './calibrate';

const years = (ys: number[]) => (ys.length === 0 ? '-' : ys.length > 3 && ys[ys.length - 1] - ys[0] === ys.length - 1 ? `${ys[0]}-${ys[ys.length - 1]}` : ys.join(', '));

/** The note; `few` is true when any calibrated series has fewer growth observations than a trend needs. */
export function historyNote(result: CalibrationResult): { few: boolean; text: LocalizedText } {
  const parts = result.series.map((c) => ({ key: c.key, n: c.logGrowth.length, years: years(c.logGrowth.map((g) => g.year)) }));
  const few = parts.some((p) => p.n < MIN_OBSERVATIONS.trend);
  const list = (lang: 'zh' | 'en') => parts.map((p) => (lang === 'zh' ? `${p.key} ${p.n} 个(${p.years})` : `${p.key} n = ${p.n} (${p.years})`)).join(lang === 'zh' ? ',' : '; ');
  const en = parts.length === 0
    ? 'No growth observation: nothing is calibrated.'
    : `Growth observations behind each estimate: ${list('en')}.${few ? ` A trend needs at least ${MIN_OBSERVATIONS.trend}, a volatility ${MIN_OBSERVATIONS.volatility} and a persistence ${MIN_OBSERVATIONS.persistence}: with so few, treat the suggested assumptions as a rough guide, not an estimate.` : ''}`;
  const zh = parts.length === 0
    ? '没有增长观测,未作校准。'
    : `各估计所依据的增长观测:${list('zh')}。${few ? `趋势至少需要 ${MIN_OBSERVATIONS.trend} 个,波动率 ${MIN_OBSERVATIONS.volatility} 个,自相关 ${MIN_OBSERVATIONS.persistence} 个:观测如此之少,建议的假设只能作粗略参考,不是估计。` : ''}`;
  return { few, text: { zh, en } };
}
