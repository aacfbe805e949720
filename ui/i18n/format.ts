/**
 * Numbers with their units for the UI. Money stays in 亿元 (Chinese) or "CNY 100 million" (English),
 * with converted prose where it helps: 4,000 亿元 = CNY 400 billion (never "4000 billion").
 * Population in 万人 / "10,000 people". Rates and shares are fractions in data and percent on screen.
 */
import { autoDecimals, describeYi, groupDigits, type Lang, type PlanIndicator } from '../../engine/index';

/** A number with grouped digits and decimals that suit its size (or the given decimals). */
export function num(value: number, decimals?: number): string {
  return groupDigits(value, decimals ?? autoDecimals(value));
}

/** A fraction as percent: 0.194 -> "19.4%". */
export function pct(fraction: number, decimals = 1): string {
  return `${groupDigits(fraction * 100, decimals)}%`;
}

/** A signed fraction as percent: 0.02 -> "+2.0%". */
export function signedPct(fraction: number, decimals = 1): string {
  const rounded = Number((fraction * 100).toFixed(decimals));
  if (rounded === 0) return pct(0, decimals);
  const text = pct(fraction, decimals);
  return fraction > 0 ? `+${text}` : text;
}

/** A difference of fractions in percentage points: 0.012 -> "+1.2 pp" / "+1.2个百分点". */
export function pp(fraction: number, lang: Lang, decimals = 1): string {
  const v = groupDigits(fraction * 100, decimals);
  const sign = fraction > 0 ? '+' : '';
  return lang === 'zh' ? `${sign}${v}个百分点` : `${sign}${v} pp`;
}

/** An amount in 亿元 with its unit: "4,000 亿元" / "4,000 (CNY 100 million)". */
export function yi(valueYi: number, lang: Lang, decimals?: number): string {
  const v = num(valueYi, decimals);
  return lang === 'zh' ? `${v} 亿元` : `${v} (CNY 100 million)`;
}

/** An amount in 亿元 in plain words: "4,000 亿元" / "CNY 400 billion" (1 亿元 = CNY 0.1 billion). */
export function yiWords(valueYi: number, lang: Lang): string {
  if (lang === 'zh') return describeYi(valueYi, 'zh');
  const billions = valueYi / 10;
  const a = Math.abs(billions);
  return `CNY ${groupDigits(billions, a >= 100 ? 0 : a >= 10 ? 1 : 2)} billion`;
}

/** Money for sentences: "4,000 亿元" in Chinese, "CNY 400 billion" in English. */
export function money(valueYi: number, lang: Lang): string {
  return lang === 'zh' ? yi(valueYi, 'zh', 0) : yiWords(valueYi, 'en');
}

/** Population for sentences: "100.0 万人" in Chinese, "1.00 million people" in English. */
export function people(valueWan: number, lang: Lang): string {
  return lang === 'zh' ? wan(valueWan, 'zh') : `${peopleWords(valueWan)} people`;
}

/** A population in 万人: "100.0 万人" / "100.0 (10,000 people)". */
export function wan(valueWan: number, lang: Lang, decimals = 1): string {
  const v = num(valueWan, decimals);
  return lang === 'zh' ? `${v} 万人` : `${v} (10,000 people)`;
}

/** A head count from 万人 in English words: 100 -> "1.00 million", 48.1338 -> "481,300". */
export function peopleWords(valueWan: number): string {
  const count = valueWan * 10000;
  return count >= 1e6 ? `${groupDigits(count / 1e6, 2)} million` : groupDigits(Math.round(count / 100) * 100, 0);
}

/** An indicator's unit in the language. */
export function indicatorUnit(ind: Pick<PlanIndicator, 'unit' | 'unitEn'>, lang: Lang): string {
  return lang === 'zh' ? ind.unit : ind.unitEn;
}

/** A value in an indicator's unit: "50.0%" for percent units, else "4,000 亿元" / "4,000 CNY 100 million". */
export function indicatorValue(value: number, ind: Pick<PlanIndicator, 'unit' | 'unitEn'>, lang: Lang): string {
  if (ind.unit === '%') return `${num(value, Math.abs(value) >= 100 ? 1 : Number.isInteger(value) ? 0 : Math.abs(value * 10 - Math.round(value * 10)) < 1e-9 ? 1 : 2)}%`;
  if (ind.unit === '亿元') return yi(value, lang);
  if (ind.unit === '万人') return wan(value, lang);
  const unit = indicatorUnit(ind, lang);
  return lang === 'zh' ? `${num(value)} ${unit}` : `${num(value)} (${unit})`;
}
