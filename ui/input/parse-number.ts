/**
 * Reading a number typed by a person: full-width digits and signs (１２３，４５６．７) become ASCII; a
 * comma is accepted only as a thousands separator grouping exactly three digits ("2,009" = 2009,
 * "1,861.31" = 1861.31); anything else that is not a plain number ("2,00", "2.009,5", "12a") is
 * refused with a reason, never guessed.
 */

export type NumberInput = { ok: true; value: number } | { ok: false; reason: 'empty' | 'not-a-number' | 'grouping' };

const FULL_WIDTH: Record<string, string> = { '．': '.', '，': ',', '－': '-', '−': '-', '＋': '+', '　': ' ', 'ｅ': 'e', 'Ｅ': 'e' };

/** The text with full-width digits, point, comma and signs mapped to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48)).replace(/[．，－−＋　ｅＥ]/g, (c) => FULL_WIDTH[c]);
}

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Parses one typed number. */
export function parseNumberInput(text: string): NumberInput {
  const s = toAsciiDigits(text).trim();
  if (s === '') return { ok: false, reason: 'empty' };
  if (PLAIN.test(s)) return { ok: true, value: Number(s) };
  if (GROUPED.test(s)) return { ok: true, value: Number(s.replace(/,/g, '')) };
  return { ok: false, reason: s.includes(',') ? 'grouping' : 'not-a-number' };
}

/** The message of a refusal, in both languages (the app picks one). */
export function numberInputMessage(reason: Exclude<NumberInput, { ok: true }>['reason'], text: string): { zh: string; en: string } {
  if (reason === 'empty') return { zh: '请输入数值', en: 'Enter a number' };
  if (reason === 'grouping') return { zh: `“${text}”不是有效数字:逗号只能作千位分隔符(如 2,009 或 1,861.31),小数点用“.”`, en: `"${text}" is not a number: a comma may only separate thousands (2,009 or 1,861.31); use "." for decimals` };
  return { zh: `“${text}”不是数字`, en: `"${text}" is not a number` };
}
