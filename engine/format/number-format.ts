/**
 * Fixed-decimal number formatting through cached Intl.NumberFormat instances. The same text as
 * `value.toLocaleString(locale, { minimumFractionDigits: d, maximumFractionDigits: d })` (which builds a
 * new formatter on every call, ~0.1 ms each; charts and the headline strip format dozens of numbers per
 * lever input).
 */

const formatters = new Map<string, (Intl.NumberFormat | undefined)[]>();

/** `value` with exactly `decimals` decimals, digits grouped as `locale` does: formatFixed(4000.5, 1) -> "4,000.5". */
export function formatFixed(value: number, decimals: number, locale = 'en-US'): string {
  // Only whole 0-20 are cached; anything else goes the uncached way (same result or the same RangeError).
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) return value.toLocaleString(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  let byDecimals = formatters.get(locale);
  if (!byDecimals) formatters.set(locale, (byDecimals = []));
  let f = byDecimals[decimals];
  if (!f) byDecimals[decimals] = f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return f.format(value);
}
