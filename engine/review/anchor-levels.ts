/**
 * The levels of a re-anchored base year: the projection's values in that year with the observed ones
 * put in. Which observation wins where several describe the same thing:
 * - nominal GDP G: `gdpNominal`, else the sum of all three `valueAddedNominal.*`, else projected;
 * - a sector's nominal value added: `valueAddedNominal.<s>`, else `shares.<s>` x G; sectors with
 *   neither share the rest of G in their projected proportions (if every sector is given, G is their sum);
 * - real GDP R: `gdpReal`, else the previous year's real GDP x (1 + `realGrowth`), else G / `gdpDeflatorIndex`;
 *   without R, prices are as projected and every deviation of nominal value added is real;
 * - population, energy and CO2 intensity (`...IntensityIndex`, or `...IntensityChangeSinceBase` + 1):
 *   observed, else projected.
 * Observed value added must leave room for the other sectors; otherwise it is bad input.
 */
import { PlanpathError, issue } from '../errors';
import type { Projection } from '../model/projection-types';
import { SECTORS, type Sector } from '../scenario/scenario-types';

/** Levels in the anchor year. Money in 亿元 (nominal at current prices, real at the original base-year prices). */
export interface AnchorLevels {
  valueAddedNominal: Record<Sector, number>;
  valueAddedReal: Record<Sector, number>;
  /** Price index by sector, original base year = 1. */
  priceIndex: Record<Sector, number>;
  /** Real growth of the anchor year itself (fraction). */
  realGrowth: number;
  populationWan: number;
  energyIntensityIndex: number;
  co2IntensityIndex: number;
}

const perSector = <T>(make: (s: Sector) => T) => Object.fromEntries(SECTORS.map((s) => [s, make(s)])) as Record<Sector, T>;

function nominalLevels(p: Projection, t: number, obs: ReadonlyMap<string, number>, year: number): Record<Sector, number> | undefined {
  const S = p.series;
  const given = perSector((s) => obs.get(`valueAddedNominal.${s}`));
  const anyNominal = obs.has('gdpNominal') || SECTORS.some((s) => given[s] !== undefined || obs.has(`shares.${s}`));
  if (!anyNominal) return undefined;
  const allGiven = SECTORS.every((s) => given[s] !== undefined);
  const gdp = obs.get('gdpNominal') ?? (allGiven ? SECTORS.reduce((a, s) => a + given[s]!, 0) : S.gdpNominal[t]);
  const fixed = perSector((s) => given[s] ?? (obs.has(`shares.${s}`) ? obs.get(`shares.${s}`)! * gdp : undefined));
  const free = SECTORS.filter((s) => fixed[s] === undefined);
  if (free.length === 0) return fixed as Record<Sector, number>;
  const rest = gdp - SECTORS.reduce((a, s) => a + (fixed[s] ?? 0), 0);
  if (!(rest > 0)) {
    throw new PlanpathError('invalid-actuals', [issue(`actuals ${year}`, Number(gdp.toFixed(2)), {
      en: `observed sector values or shares in ${year} leave nothing of GDP ${gdp.toFixed(2)} for ${free.join(', ')}`,
      zh: `${year} 年观测的产业增加值或比重之和不小于GDP ${gdp.toFixed(2)},${free.join('、')} 无剩余`,
    }, { en: 'sector values and shares that sum to less than GDP, or all three sectors', zh: '各产业增加值与比重合计小于GDP,或给出全部三个产业' })]);
  }
  const projectedFree = free.reduce((a, s) => a + S.valueAddedNominal[s][t], 0);
  return perSector((s) => fixed[s] ?? (rest * S.valueAddedNominal[s][t]) / projectedFree);
}

/**
 * The anchor year's levels from a projection and that year's observations (by projection series key).
 * @param year a projected year after the projection's base year
 */
export function anchorLevels(p: Projection, year: number, obs: ReadonlyMap<string, number>): AnchorLevels {
  const S = p.series;
  const t = year - p.baseYear;
  const nominal = nominalLevels(p, t, obs, year);
  const prevReal = S.gdpReal[t - 1];
  const observedDeflator = obs.get('gdpDeflatorIndex');
  const nominalGdp = nominal ? SECTORS.reduce((a, s) => a + nominal[s], 0) : S.gdpNominal[t];
  const real = obs.get('gdpReal') ?? (obs.has('realGrowth') ? prevReal * (1 + obs.get('realGrowth')!) : observedDeflator !== undefined ? nominalGdp / observedDeflator : undefined);
  const projectedPrice = perSector((s) => S.priceIndex[s][t]);
  let valueAddedNominal: Record<Sector, number>;
  let valueAddedReal: Record<Sector, number>;
  let priceIndex: Record<Sector, number>;
  if (real === undefined) {
    valueAddedNominal = nominal ?? perSector((s) => S.valueAddedNominal[s][t]);
    valueAddedReal = nominal ? perSector((s) => nominal[s] / projectedPrice[s]) : perSector((s) => S.valueAddedReal[s][t]);
    priceIndex = projectedPrice;
  } else {
    valueAddedNominal = nominal ?? perSector((s) => S.valueAddedNominal[s][t]);
    const weight = perSector((s) => valueAddedNominal[s] / projectedPrice[s]);
    const total = SECTORS.reduce((a, s) => a + weight[s], 0);
    valueAddedReal = perSector((s) => (real * weight[s]) / total);
    priceIndex = perSector((s) => valueAddedNominal[s] / valueAddedReal[s]);
  }
  const realGdp = SECTORS.reduce((a, s) => a + valueAddedReal[s], 0);
  const intensity = (name: 'energy' | 'co2') => obs.get(`${name}IntensityIndex`) ?? (obs.has(`${name}IntensityChangeSinceBase`) ? 1 + obs.get(`${name}IntensityChangeSinceBase`)! : S[`${name}IntensityIndex`][t]);
  return {
    valueAddedNominal,
    valueAddedReal,
    priceIndex,
    realGrowth: nominal === undefined && real === undefined ? S.realGrowth[t] : realGdp / prevReal - 1,
    populationWan: obs.get('population') ?? S.population[t],
    energyIntensityIndex: intensity('energy'),
    co2IntensityIndex: intensity('co2'),
  };
}
