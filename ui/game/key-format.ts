/** Values of the five key targets with their units, in either language (亿元 / "CNY 100 million", %, 万人 / "10,000 people"). */
import type { Lang } from '../../engine/index';
import { formatFixed } from '../../engine/format/number-format';
import type { KeyTargetId } from './board';

/** A key target's value with its unit: "4,000 亿元", "50.0%", "100.0 万人", "13.5%". */
export function keyValue(id: KeyTargetId, value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const n = (x: number, d: number) => formatFixed(x, d, lang === 'zh' ? 'zh-CN' : 'en-US');
  if (id === 'gdpNominal') return lang === 'zh' ? `${n(value, 0)} 亿元` : `${n(value, 0)} (CNY 100 million)`;
  if (id === 'population') return lang === 'zh' ? `${n(value, 1)} 万人` : `${n(value, 1)} (10,000 people)`;
  return `${n(value, 1)}%`;
}

/** A key target's bare number, without a unit word: "4,000", "100.0", "50.0%" (the % stays, it is short). */
export function keyNumber(id: KeyTargetId, value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  const d = id === 'gdpNominal' ? 0 : 1;
  const s = formatFixed(value, d, lang === 'zh' ? 'zh-CN' : 'en-US');
  return id === 'gdpNominal' || id === 'population' ? s : `${s}%`;
}

/** The unit word of a key target for a label line ("CNY 100 million" / "亿元"), or null when the number carries it (%). */
export function keyUnit(id: KeyTargetId, lang: Lang): string | null {
  if (id === 'gdpNominal') return lang === 'zh' ? '亿元' : 'CNY 100 million';
  if (id === 'population') return lang === 'zh' ? '万人' : '10,000 people';
  return null;
}

/** A change of a key target's value with its sign and unit ("+312 亿元", "+2.1 pts"). */
export function keyDelta(id: KeyTargetId, delta: number | undefined, lang: Lang): string {
  if (delta === undefined || !Number.isFinite(delta)) return '-';
  const sign = delta > 0 ? '+' : delta < 0 ? '−' : '±';
  const a = Math.abs(delta);
  const n = (x: number, d: number) => formatFixed(x, d, lang === 'zh' ? 'zh-CN' : 'en-US');
  if (id === 'gdpNominal') return `${sign}${n(a, 0)}${lang === 'zh' ? ' 亿元' : ''}`;
  if (id === 'population') return `${sign}${n(a, 1)}${lang === 'zh' ? ' 万人' : ''}`;
  return `${sign}${n(a, 1)}${lang === 'zh' ? ' 个百分点' : ' pts'}`;
}
