/**
 * Which series an actuals file may name, and how each maps onto a projection series: any series of the
 * scenario's projection (`gdpNominal`, `shares.tertiary`, `population`, `indicators.<id>`, ...), any
 * plan indicator id (a model-computed one maps to its series through its scale, e.g. servicesShareOfGdp
 * 38 (%) -> shares.tertiary 0.38; any other to `indicators.<id>`), and `investment` (亿元 at base-year
 * prices) in investment growth mode.
 */
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { flattenSeries } from '../model/series-path';
import { project } from '../model/project';
import type { ResolvedScenario } from '../scenario/scenario-types';

/** The name of observed gross investment (亿元 at the plan's base-year prices), investment mode only. */
export const INVESTMENT_SERIES = 'investment';

/** Series whose levels must be positive when observed (they are levels or price and intensity indices). */
const POSITIVE = /^(gdpNominal|gdpReal|gdpRealIndex|gdpDeflatorIndex|valueAdded(Nominal|Real)\.\w+|priceIndex\.\w+|population|gdpPerCapita|energyIntensityIndex|co2IntensityIndex|energyUseIndex|co2EmissionsIndex)$/;

/** How one accepted name maps onto a projection series. */
export interface SeriesMapping {
  key: string;
  /** keyValue = value / scale. */
  scale: number;
  /** Allowed values of `keyValue`, for the error message. */
  range: 'positive' | 'share' | 'non-negative' | 'rate' | 'any';
}

/** The names an actuals file may use for a scenario, from its projection and its plan. */
export interface ActualsCatalogue {
  /** First and last year a row may have (inclusive). */
  baseYear: number;
  endYear: number;
  mappings: Map<string, SeriesMapping>;
  /** What the year range is, for messages (default: the scenario's years). */
  yearNote?: { zh: string; en: string };
}

function rangeOf(key: string): SeriesMapping['range'] {
  if (key.startsWith('shares.')) return 'share';
  if (key === INVESTMENT_SERIES) return 'non-negative';
  return POSITIVE.test(key) ? 'positive' : 'any';
}

/** Builds the catalogue from the scenario's own projection (so only series it computes are accepted). */
export function actualsCatalogue(plan: PlanData, projection: Projection, investmentMode: boolean): ActualsCatalogue {
  const mappings = new Map<string, SeriesMapping>();
  for (const [path] of flattenSeries(projection.series)) mappings.set(path, { key: path, scale: 1, range: rangeOf(path) });
  for (const ind of plan.indicators) {
    if (mappings.has(ind.id)) continue;
    const key = ind.model ? ind.model.series : `indicators.${ind.id}`;
    if (ind.model && !mappings.has(key)) continue;
    mappings.set(ind.id, { key, scale: ind.model ? ind.model.scale : 1, range: ind.model ? rangeOf(key) : 'any' });
  }
  // An indicator the scenario does not project (no base) may still be observed: it then becomes projected.
  for (const ind of plan.indicators) if (!ind.model && !mappings.has(`indicators.${ind.id}`)) mappings.set(`indicators.${ind.id}`, { key: `indicators.${ind.id}`, scale: 1, range: 'any' });
  if (investmentMode) mappings.set(INVESTMENT_SERIES, { key: INVESTMENT_SERIES, scale: 1, range: 'non-negative' });
  return { baseYear: projection.baseYear, endYear: projection.endYear, mappings };
}

/** The catalogue of a resolved scenario (projects it once). */
export function catalogueFor(plan: PlanData, scenario: ResolvedScenario): ActualsCatalogue {
  return actualsCatalogue(plan, project(plan, scenario), scenario.growthMode === 'investment' && scenario.investment !== undefined);
}
