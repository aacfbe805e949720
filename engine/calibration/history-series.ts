/**
 * The series a history file may hold for calibration (same CSV format as actuals: `year,series,value`,
 * optional `source`), and how each becomes yearly log growth:
 * - levels (log growth ln(x_t / x_{t-1}) between consecutive years): gdpReal, gdpNominal,
 *   valueAddedReal.<sector>, valueAddedNominal.<sector>, population, gdpDeflatorIndex, priceIndex.<sector>;
 * - rates (log growth ln(1 + g), fractions): realGrowth, realGrowth.<sector>, deflator, deflator.<sector>,
 *   population.growth;
 * - a plan indicator linked to one of these (e.g. gdpGrowth, % -> realGrowth).
 * Years run from MIN_YEAR to MAX_END_YEAR.
 */
import type { PlanData } from '../plan/plan-types';
import { SECTORS } from '../scenario/scenario-types';
import { MAX_END_YEAR, MIN_YEAR } from '../scenario/limits';
import type { ActualsCatalogue, SeriesMapping } from '../review/actual-series';

/** Series read as levels. */
export const LEVEL_SERIES: readonly string[] = ['gdpReal', 'gdpNominal', ...SECTORS.map((s) => `valueAddedReal.${s}`), ...SECTORS.map((s) => `valueAddedNominal.${s}`), 'population', 'gdpDeflatorIndex', ...SECTORS.map((s) => `priceIndex.${s}`)];

/** Series read as yearly rates (fractions). */
export const RATE_SERIES: readonly string[] = ['realGrowth', ...SECTORS.map((s) => `realGrowth.${s}`), 'deflator', ...SECTORS.map((s) => `deflator.${s}`), 'population.growth'];

/** True when `key` is a rate series (its values are growth rates, not levels). */
export const isRateSeries = (key: string): boolean => RATE_SERIES.includes(key);

/** The names a history file may use (with the plan's linked indicator ids when a plan is given). */
export function historyCatalogue(plan?: PlanData): ActualsCatalogue {
  const mappings = new Map<string, SeriesMapping>();
  for (const key of LEVEL_SERIES) mappings.set(key, { key, scale: 1, range: 'positive' });
  for (const key of RATE_SERIES) mappings.set(key, { key, scale: 1, range: 'rate' });
  for (const ind of plan?.indicators ?? []) {
    if (!ind.model || mappings.has(ind.id)) continue;
    const known = mappings.get(ind.model.series);
    if (known) mappings.set(ind.id, { key: known.key, scale: ind.model.scale, range: known.range });
  }
  return { baseYear: MIN_YEAR, endYear: MAX_END_YEAR, mappings, yearNote: { en: 'years a history may cover', zh: '历史数据可涵盖的年份' } };
}
