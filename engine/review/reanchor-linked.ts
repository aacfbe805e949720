/**
 * Re-anchoring the linked model (energy and carbon from the sector mix, industrial output, land, jobs):
 * the state each block carries from year to year is read from the original projection in the anchor
 * year and becomes the re-anchored base, and every yearly path is cut to start the year after:
 * - energy (structural mode): each sector's energy per unit of real value added in the anchor year,
 *   e(s, t) = energyUse(s, t) / VA_real(s, t) (the projected one, not the base year's), is the new base
 *   intensity; the index level follows the observed value added, or an observed intensity (anchoredEnergy);
 * - industry: the ratio of secondary value added to industrial output in the anchor year, from the
 *   observed industrial output (`industrialOutputAboveScale`) or else the model's (base reference);
 * - land: the industrial density of the anchor year, VA_real(secondary, t) / industrialLand(t);
 * - jobs: employment by sector in the anchor year and the original workers per resident (base reference).
 * Series measured from the projection's own base year (implied investment and its running total, the
 * disposable-income index and its growth gap) restart at the re-anchored base.
 */
import type { BaseReference, PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { SECTORS, type RatePath, type ResolvedScenario, type Sector, type SectorRates } from '../scenario/scenario-types';

type Assumptions = ResolvedScenario['assumptions'];

const sliceRates = (path: RatePath, k: number): RatePath => (Array.isArray(path) ? path.slice(k) : path);
/** A per-sector or all-sector path cut to start `k` years later. */
export const sliceSectors = (rates: SectorRates, k: number): SectorRates =>
  typeof rates === 'object' && !Array.isArray(rates) ? (Object.fromEntries(SECTORS.map((s) => [s, sliceRates(rates[s], k)])) as SectorRates) : sliceRates(rates, k);

const perSector = <T>(make: (s: Sector) => T) => Object.fromEntries(SECTORS.map((s) => [s, make(s)])) as Record<Sector, T>;

/** Structural energy at the anchor year: each sector's intensity (tce per 万元) and the energy-intensity index (original base = 1). */
export interface AnchoredEnergy {
  intensityBySector: Record<Sector, number>;
  energyIntensityIndex: number;
}

/**
 * Structural energy at the anchor year a (index t). Each sector's intensity is the projected one,
 *   e(s, a) = e(s, base) x prod over the years to a of (1 + c(s)) = energyUse(s, a) / VA_real(s, a) of the projection,
 * never the base year's. The index follows the anchored (observed) real value added VA_obs:
 *   I_model(a) = I_p(a) x [sum_s e(s,a) VA_obs(s) / sum_s VA_obs(s)] / [sum_s e(s,a) VA_p(s,a) / sum_s VA_p(s,a)].
 * An observed index I_obs (energyIntensityIndex, or 1 + energyIntensityChangeSinceBase) is the level instead,
 * and the gap is put on every sector's intensity in the same proportion, e'(s, a) = e(s, a) x I_obs / I_model
 * (no sector's own energy use is observed), so energy use by sector agrees with the observed intensity.
 * Undefined when the projection has no energy by sector (exogenous energy mode).
 */
export function anchoredEnergy(p: Projection, t: number, valueAddedReal: Record<Sector, number>, observedIndex?: number): AnchoredEnergy | undefined {
  const S = p.series;
  const use = S.energyUse;
  if (!use) return undefined;
  const e = perSector((s) => use[s][t] / S.valueAddedReal[s][t]);
  const average = (va: (s: Sector) => number) => SECTORS.reduce((x, s) => x + e[s] * va(s), 0) / SECTORS.reduce((x, s) => x + va(s), 0);
  const modelled = S.energyIntensityIndex[t] * (average((s) => valueAddedReal[s]) / average((s) => S.valueAddedReal[s][t]));
  if (observedIndex === undefined || !(observedIndex > 0)) return { intensityBySector: e, energyIntensityIndex: modelled };
  const k = observedIndex / modelled;
  return { intensityBySector: perSector((s) => e[s] * k), energyIntensityIndex: observedIndex };
}

/**
 * The schemaVersion-2 blocks of the re-anchored scenario (only those the scenario states, or whose state moved).
 * @param energy the anchor year's structural energy (see {@link anchoredEnergy}); without it, the projected intensities
 */
export function reanchoredLinkedAssumptions(a: Assumptions, p: Projection, t: number, energy?: AnchoredEnergy): Partial<Assumptions> {
  const S = p.series;
  const out: Partial<Assumptions> = {};
  if (a.energy) {
    const use = S.energyUse;
    out.energy = {
      ...(energy ? { intensityBySector: energy.intensityBySector } : use ? { intensityBySector: perSector((s) => use[s][t] / S.valueAddedReal[s][t]) } : a.energy.intensityBySector !== undefined ? { intensityBySector: a.energy.intensityBySector } : {}),
      ...(a.energy.intensityChangeBySector !== undefined ? { intensityChangeBySector: sliceSectors(a.energy.intensityChangeBySector, t) } : {}),
    };
  }
  if (a.carbon) out.carbon = a.carbon.carbonPerEnergyChange !== undefined ? { carbonPerEnergyChange: sliceRates(a.carbon.carbonPerEnergyChange, t) } : { ...a.carbon };
  // Land: the density reached in the anchor year (it moves with industrialDensityChange) becomes the base density.
  const industrialLand = S.industrialLandKm2?.[t];
  if (a.land || (industrialLand !== undefined && industrialLand > 0)) {
    out.land = {
      ...a.land,
      ...(industrialLand !== undefined && industrialLand > 0 ? { industrialValueAddedYiPerKm2: S.valueAddedReal.secondary[t] / industrialLand } : {}),
      ...(a.land?.industrialDensityChange !== undefined ? { industrialDensityChange: sliceRates(a.land.industrialDensityChange, t) } : {}),
    };
  }
  if (a.industry) out.industry = { ...a.industry, ...(a.industry.valueAddedRatioChange !== undefined ? { valueAddedRatioChange: sliceRates(a.industry.valueAddedRatioChange, t) } : {}) };
  if (a.income) out.income = { ...a.income };
  if (a.impliedInvestment) out.impliedInvestment = { ...a.impliedInvestment };
  return out;
}

/**
 * The ratio of secondary value added to industrial output in the anchor year: anchored secondary value
 * added over the observed industrial output (`indicators.<outputIndicatorId>`), or else the ratio the
 * original projection reached that year (so an observed GDP moves industrial output with it).
 */
export function industryRatio(plan: PlanData, p: Projection, t: number, obs: ReadonlyMap<string, number>, secondaryNominalYi: number): number | undefined {
  const id = plan.industry?.outputIndicatorId;
  const output = p.series.industrialOutput?.[t];
  if (!id || output === undefined) return undefined;
  const observed = obs.get(`indicators.${id}`);
  if (observed !== undefined && observed > 0) return secondaryNominalYi / observed;
  return output > 0 ? p.series.valueAddedNominal.secondary[t] / output : undefined;
}

/** Jobs by sector in the anchor year and the workers per resident of the original base (base reference fields). */
export function linkedReference(plan: PlanData, p: Projection, t: number, populationWan: number, jobsMode: boolean): Pick<BaseReference, 'employmentWan' | 'workersPerResident'> {
  const e = p.series.employment;
  if (!e) return {};
  // Exogenous population: jobs follow residents, so an observed population keeps the anchor year's jobs per resident.
  const scale = jobsMode ? 1 : populationWan / p.series.population[t];
  return {
    employmentWan: perSector((s) => e[s][t] * scale),
    workersPerResident: plan.base.reference?.workersPerResident ?? e.total[0] / p.series.population[0],
  };
}

/** Chain-linked real growth of the anchor year (previous-year prices) with the anchored real value added by sector. */
export function chainedGrowthAt(p: Projection, t: number, valueAddedReal: Record<Sector, number>): number {
  let weighted = 0;
  let nominal = 0;
  for (const s of SECTORS) {
    const before = p.series.valueAddedReal[s][t - 1];
    if (before !== 0) weighted += p.series.valueAddedNominal[s][t - 1] * (valueAddedReal[s] / before);
    nominal += p.series.valueAddedNominal[s][t - 1];
  }
  return weighted / nominal - 1;
}
