/**
 * The review's headline in words: what the last observed GDP means for the plan's GDP target. With GDP
 * G in year y and the target X in year T, the nominal growth now needed is (X / G)^(1 / (T - y)) - 1; at
 * the scenario's own price rise d over the same years (from the re-anchored projection's GDP deflator),
 * the real equivalent is (1 + nominal) / (1 + d) - 1; set beside the real growth observed in y, and the
 * probability of the target under the scenario's uncertainty. Computed from the review, never written by hand.
 */
import type { LocalizedText, PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { formatPercent, groupDigits, autoDecimals } from '../format/format-value';
import { PUBLISHED_STATUS_LABELS, type PublishedStatus } from './published-types';
import type { ReviewResult } from './review-types';

/** The figures of the headline (fractions a year) and its sentence. */
export interface ReviewHeadline {
  targetId: string;
  observedYear: number;
  observedYi: number;
  observedStatus: PublishedStatus | null;
  targetYear: number;
  targetYi: number;
  /** Constant nominal growth a year needed from observedYear to targetYear. */
  requiredNominal: number;
  /** The scenario's average GDP deflator rise a year over the same years. */
  scenarioPriceRise: number;
  requiredReal: number;
  /** Real growth observed in observedYear, when observed. */
  observedRealGrowth: number | null;
  probability: number | null;
  text: LocalizedText;
}

function deflatorRise(p: Projection, from: number, to: number): number | null {
  const a = p.series.gdpDeflatorIndex[from - p.baseYear];
  const b = p.series.gdpDeflatorIndex[to - p.baseYear];
  return a === undefined || b === undefined || !(a > 0) ? null : Math.pow(b / a, 1 / (to - from)) - 1;
}

const pct1 = (x: number) => formatPercent(x, 1);
const probText = (p: number, lang: 'zh' | 'en') => (p > 0 && p < 0.0005 ? (lang === 'zh' ? '低于 0.1%' : 'under 0.1%') : pct1(p));

/** The headline of a review about the plan's GDP target; null when GDP has no target or no observation before its target year. */
export function reviewHeadline(r: ReviewResult, plan: PlanData): ReviewHeadline | null {
  const ind = plan.indicators.find((i) => i.model?.series === 'gdpNominal' && r.targets.some((t) => t.id === i.id));
  const t = ind && r.targets.find((x) => x.id === ind.id);
  if (!t || t.lastObserved === null || t.lastObservedYear === null || t.lastObservedYear >= t.year) return null;
  const y = t.lastObservedYear;
  const n = t.year - y;
  const requiredNominal = Math.pow(t.target / t.lastObserved, 1 / n) - 1;
  const projection = y >= r.reanchored.baseYear ? r.reanchored : r.original;
  const d = deflatorRise(projection, y, t.year) ?? 0;
  const requiredReal = (1 + requiredNominal) / (1 + d) - 1;
  const gdpObs = r.observations.find((o) => o.year === y && o.key === 'gdpNominal');
  const realObs = r.observations.find((o) => o.year === y && o.key === 'realGrowth');
  const status = gdpObs?.status ?? null;
  const g = groupDigits(t.lastObserved, Number.isInteger(t.lastObserved) ? 0 : Math.max(1, autoDecimals(t.lastObserved)));
  const x = groupDigits(t.target, autoDecimals(t.target));
  const span = `${y + 1}-${t.year}`;
  const real = realObs ? realObs.keyValue : null;
  const en = [
    `GDP was ${g} 亿元 (CNY ${groupDigits(t.lastObserved / 10, 1)} billion) in ${y}${status ? ` (${PUBLISHED_STATUS_LABELS[status].en})` : ''}.`,
    `Reaching ${x} 亿元 in ${t.year} needs nominal growth of ${pct1(requiredNominal)} a year in ${span}, or ${pct1(requiredReal)} real at the scenario's price rise of ${pct1(d)} a year${real !== null ? `, against ${pct1(real)} real growth in ${y}` : ''}.`,
    t.probability !== null ? `Under the scenario's uncertainty the probability of reaching it is ${probText(t.probability, 'en')}.` : `(No probability: the scenario has no uncertainty block, or it was not computed.)`,
  ].join(' ');
  const zh = [
    `${y}年地区生产总值${g}亿元${status ? `(${PUBLISHED_STATUS_LABELS[status].zh})` : ''}。`,
    `${t.year}年达到${x}亿元,${span}年名义需年均增长${pct1(requiredNominal)},按情景价格年涨${pct1(d)}折合实际年均增长${pct1(requiredReal)}${real !== null ? `,而${y}年实际增长${pct1(real)}` : ''}。`,
    t.probability !== null ? `按情景的不确定性,达成概率为${probText(t.probability, 'zh')}。` : '(未计算达成概率:情景无不确定性设置或未运行蒙特卡洛。)',
  ].join('');
  return { targetId: t.id, observedYear: y, observedYi: t.lastObserved, observedStatus: status, targetYear: t.year, targetYi: t.target, requiredNominal, scenarioPriceRise: d, requiredReal, observedRealGrowth: real, probability: t.probability, text: { zh, en } };
}
