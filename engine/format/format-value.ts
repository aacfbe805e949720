/**
 * Numbers with their units, in Chinese or English, for tables and charts.
 * 亿元 stays 亿元 in Chinese and becomes "CNY 100 million" in English (4,000 亿元 = CNY 400 billion;
 * never "4000 billion").
 */

import { formatFixed } from './number-format';

export type Lang = 'zh' | 'en';

/** Groups thousands: 4000.5 -> "4,000.5" (a cached Intl.NumberFormat per decimals: same text as toLocaleString). */
export function groupDigits(value: number, decimals: number): string {
  return formatFixed(value, decimals, 'en-US');
}

/** A fraction as percent: 0.19375 -> "19.38%". */
export function formatPercent(fraction: number, decimals = 2): string {
  return `${groupDigits(fraction * 100, decimals)}%`;
}

/** A signed fraction as percent: 0.05 -> "+5.00%". */
export function formatSignedPercent(fraction: number, decimals = 2): string {
  const text = formatPercent(fraction, decimals);
  return fraction > 0 ? `+${text}` : text;
}

/** Decimal places that suit a value's size. */
export function autoDecimals(value: number): number {
  const a = Math.abs(value);
  if (a >= 1000) return 0;
  if (a >= 100) return 1;
  if (a >= 1) return 2;
  return 3;
}

/** An amount in 亿元 in words: Chinese keeps 亿元; English gives CNY billions (100 亿元 = CNY 10 billion). */
export function describeYi(valueYi: number, lang: Lang): string {
  if (lang === 'zh') return `${groupDigits(valueYi, autoDecimals(valueYi))} 亿元`;
  const billions = valueYi / 10;
  return `CNY ${groupDigits(billions, autoDecimals(billions))} billion`;
}
