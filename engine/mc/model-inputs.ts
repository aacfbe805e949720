/**
 * The numbers a path needs, read from the scenario's uncertainty block and from its deterministic
 * projection: the planned year-on-year factors (whatever drives them: sector rates, or capital in
 * investment growth mode), the shocks' parameters and the layout of a year's normal draws.
 */
import type { Projection } from '../model/projection-types';
import { SECTORS, type UncertaintySpec } from '../scenario/scenario-types';
import { correlationFactor } from './linear/correlation-factor';
import type { SpreadInputs } from './histogram/spread';
import { detLog } from './det-math';
import type { EnergyStage } from './mc-types';

/** Planned factors from the deterministic projection, t = 0 for the first projected year. */
export interface PlannedPath {
  /** Real value added by sector in the base year (亿元 at base prices) and population (万人). */
  baseValueAdded: Float64Array;
  basePopulation: number;
  /** Deterministic price index of each sector in the base year (1, or a re-anchored base's level). */
  basePrice: Float64Array;
  /** 1 + planned real growth, [t * 3 + sector]. */
  growth: Float64Array;
  /** Deterministic price index by sector, [t * 3 + sector]. */
  price: Float64Array;
  /** 1 + planned population growth, [t]. */
  populationGrowth: Float64Array;
}

/** The planned path of `projection`. */
export function plannedPath(projection: Projection): PlannedPath {
  const s = projection.series;
  const n = projection.years.length - 1;
  const growth = new Float64Array(3 * n);
  const price = new Float64Array(3 * n);
  SECTORS.forEach((sector, k) => {
    for (let t = 0; t < n; t++) {
      growth[t * 3 + k] = s.valueAddedReal[sector][t + 1] / s.valueAddedReal[sector][t];
      price[t * 3 + k] = s.priceIndex[sector][t + 1];
    }
  });
  return {
    baseValueAdded: Float64Array.from(SECTORS.map((sector) => s.valueAddedReal[sector][0])),
    basePrice: Float64Array.from(SECTORS.map((sector) => s.priceIndex[sector][0])),
    basePopulation: s.population[0],
    growth,
    price,
    populationGrowth: Float64Array.from({ length: n }, (_, t) => s.population[t + 1] / s.population[t]),
  };
}

/** The shocks' parameters and where their normals sit in a year's draws (-1: inactive). */
export interface ShockParameters {
  sectorVolatility: number[];
  factor: Float64Array;
  persistence: number;
  innovationScale: number;
  deflatorVolatility: number;
  populationVolatility: number;
  rareProbability: number;
  rareMean: number;
  rareSd: number;
  normalsPerYear: number;
  deflatorColumn: number;
  populationColumn: number;
  rareColumn: number;
}

/** The parameters of an uncertainty block, with the documented defaults. */
export function shockParameters(u: UncertaintySpec): ShockParameters {
  const v = u.realGrowthVolatility;
  const persistence = u.persistence ?? 0;
  const deflatorVolatility = u.deflatorVolatility ?? 0;
  const populationVolatility = u.populationGrowthVolatility ?? 0;
  const rare = u.shocks && u.shocks.probabilityPerYear > 0 ? u.shocks : undefined;
  let cols = 3;
  const deflatorColumn = deflatorVolatility > 0 ? cols++ : -1;
  const populationColumn = populationVolatility > 0 ? cols++ : -1;
  const rareColumn = rare ? cols++ : -1;
  return {
    sectorVolatility: SECTORS.map((s) => (typeof v === 'number' ? v : v[s])),
    factor: Float64Array.from(correlationFactor(u.correlation ?? [[1, 0, 0], [0, 1, 0], [0, 0, 1]]).flat()),
    persistence,
    innovationScale: Math.sqrt(Math.max(0, 1 - persistence * persistence)),
    deflatorVolatility,
    populationVolatility,
    rareProbability: rare?.probabilityPerYear ?? 0,
    rareMean: rare?.meanLogImpact ?? 0,
    rareSd: rare?.sdLogImpact ?? 0,
    normalsPerYear: cols,
    deflatorColumn,
    populationColumn,
    rareColumn,
  };
}

/** What the histogram ranges depend on (histogram/spread.ts). */
export function spreadInputsOf(p: ShockParameters, planned: PlannedPath, projection: Projection, energy?: EnergyStage): SpreadInputs {
  const n = planned.populationGrowth.length;
  const sh = projection.series.shares;
  return {
    sectorVolatility: p.sectorVolatility,
    deflatorVolatility: p.deflatorVolatility,
    populationVolatility: p.populationVolatility,
    persistence: p.persistence,
    rareProbability: p.rareProbability,
    rareMean: p.rareMean,
    rareSd: p.rareSd,
    logPriceRange: Array.from({ length: n }, (_, t) => {
      const logs = [0, 1, 2].map((k) => detLog(planned.price[t * 3 + k]));
      return Math.max(...logs) - Math.min(...logs);
    }),
    shares: Array.from({ length: n }, (_, t) => SECTORS.map((s) => sh[s][t + 1])),
    energyVolatility: energy ? Math.max(...energy.volatility) : 0,
    carbonVolatility: energy?.carbonVolatility ?? 0,
  };
}
