/**
 * Levers: the scalar assumptions goal seek (and the tornado) can move, and how moving one changes a
 * resolved scenario. `constant` sets the whole path to one value; `shift` adds the value to every year.
 */
import { PlanpathError, issue } from '../errors';
import { SECTORS, type RatePath, type ResolvedScenario, type Sector } from '../scenario/scenario-types';
import { expandRatePath, expandSectorRates } from '../scenario/expand';
import { RATE_CEILING, RATE_FLOOR } from '../scenario/limits';
import { INVESTMENT_LEVERS, applyInvestmentLever, investmentLeverBounds, investmentLeverPath, isInvestmentLever, leverMismatch, type InvestmentLeverId } from '../investment/investment-levers';

/** Every lever id. `realGrowth` and `deflator` move all three sectors alike. */
export const LEVERS = [
  'realGrowth', 'realGrowth.primary', 'realGrowth.secondary', 'realGrowth.tertiary',
  'deflator', 'deflator.primary', 'deflator.secondary', 'deflator.tertiary',
  'population.growth', 'energyIntensityChange', 'co2IntensityChange',
] as const;
export type LeverId = (typeof LEVERS)[number];
export type LeverMode = 'constant' | 'shift';
/** Every lever: the sectoral ones above and the investment-mode ones (engine/investment/investment-levers.ts). */
export type AnyLeverId = LeverId | InvestmentLeverId;
/** Every lever id goal seek accepts. */
export const ALL_LEVERS: readonly AnyLeverId[] = [...LEVERS, ...INVESTMENT_LEVERS];

/** Allowed range of a lever's rate (floor exclusive, ceiling inclusive), fractions per year (investment levers: their own units). */
export function leverBounds(lever: AnyLeverId): { floor: number; ceiling: number } {
  if (isInvestmentLever(lever)) return investmentLeverBounds(lever);
  const head = lever.split('.')[0];
  const ceiling = head === 'realGrowth' ? RATE_CEILING.realGrowth : head === 'deflator' ? RATE_CEILING.deflator : head === 'population' ? RATE_CEILING.populationGrowth : RATE_CEILING.intensityChange;
  return { floor: RATE_FLOOR, ceiling };
}

/** Throws a typed error naming the lever when it is not one of {@link LEVERS}. */
export function parseLever(text: string, field = 'vary'): AnyLeverId {
  if ((ALL_LEVERS as readonly string[]).includes(text)) return text as AnyLeverId;
  throw new PlanpathError('invalid-request', [issue(field, text, { en: 'unknown lever', zh: '未知杠杆' }, { en: ALL_LEVERS.join(', '), zh: ALL_LEVERS.join('、') })]);
}

const move = (path: RatePath, n: number, value: number, mode: LeverMode): RatePath => (mode === 'constant' ? value : expandRatePath(path, n).map((r) => r + value));

/** The scenario with `lever` set to `value` (constant) or shifted by `value` (shift). */
export function applyLever(scenario: ResolvedScenario, lever: AnyLeverId, value: number, mode: LeverMode = 'constant'): ResolvedScenario {
  if (isInvestmentLever(lever)) return applyInvestmentLever(scenario, lever, value, mode);
  const n = scenario.endYear - scenario.baseYear;
  const a = scenario.assumptions;
  const [head, sector] = lever.split('.') as [string, Sector | 'growth' | undefined];
  const next = { ...a };
  if (head === 'realGrowth' || head === 'deflator') {
    const current = a[head];
    if (sector === undefined) {
      next[head] = mode === 'constant' ? value : Object.fromEntries(SECTORS.map((s) => [s, move(expandSectorRates(current, n)[s], n, value, 'shift')])) as Record<Sector, RatePath>;
    } else {
      const perSector = expandSectorRates(current, n) as Record<Sector, RatePath>;
      next[head] = { ...perSector, [sector]: move(perSector[sector as Sector], n, value, mode) };
    }
  } else if (head === 'population') {
    next.population = { growth: move(a.population.growth ?? 0, n, value, mode) };
  } else if (head === 'energyIntensityChange' && a.energy) {
    // Structural mode: the lever moves every sector's own intensity change alike.
    const current = expandSectorRates(a.energy.intensityChangeBySector ?? 0, n);
    next.energy = { ...a.energy, intensityChangeBySector: mode === 'constant' ? value : (Object.fromEntries(SECTORS.map((s) => [s, move(current[s], n, value, 'shift')])) as Record<Sector, RatePath>) };
  } else if (head === 'co2IntensityChange' && a.carbon) {
    // Structural mode: the lever moves CO2 per unit of energy.
    next.carbon = { ...a.carbon, carbonPerEnergyChange: move(a.carbon.carbonPerEnergyChange ?? 0, n, value, mode) };
  } else if (head === 'energyIntensityChange' || head === 'co2IntensityChange') {
    next[head] = move(a[head] ?? 0, n, value, mode);
  }
  return { ...scenario, assumptions: next };
}

/** The lever's current values, one per year. */
export function leverPath(scenario: ResolvedScenario, lever: AnyLeverId): number[] {
  if (isInvestmentLever(lever)) return investmentLeverPath(undefined, scenario, lever);
  const n = scenario.endYear - scenario.baseYear;
  const a = scenario.assumptions;
  const [head, sector] = lever.split('.');
  if (head === 'realGrowth' || head === 'deflator') {
    const rates = expandSectorRates(a[head], n);
    return sector ? rates[sector as Sector] : rates.primary.map((_, i) => (rates.primary[i] + rates.secondary[i] + rates.tertiary[i]) / 3);
  }
  if (head === 'population') return expandRatePath(a.population.growth ?? 0, n);
  if (head === 'energyIntensityChange' && a.energy) {
    const rates = expandSectorRates(a.energy.intensityChangeBySector ?? 0, n);
    return rates.primary.map((_, i) => (rates.primary[i] + rates.secondary[i] + rates.tertiary[i]) / 3);
  }
  if (head === 'co2IntensityChange' && a.carbon) return expandRatePath(a.carbon.carbonPerEnergyChange ?? 0, n);
  return expandRatePath(a[head as 'energyIntensityChange' | 'co2IntensityChange'] ?? 0, n);
}

/** The levers that move `scenario`'s outputs in its growth mode (investment mode: no realGrowth levers; its own investment levers). */
export function applicableLevers(scenario: ResolvedScenario): AnyLeverId[] {
  return ALL_LEVERS.filter((lever) => leverMismatch(scenario, lever) === undefined);
}

/** The range of lever values that keep every year's rate inside its bounds. */
export function leverRange(scenario: ResolvedScenario, lever: AnyLeverId, mode: LeverMode): { lo: number; hi: number } {
  const { floor, ceiling } = leverBounds(lever);
  const eps = 1e-9;
  if (mode === 'constant') return { lo: floor + eps, hi: ceiling };
  const n = scenario.endYear - scenario.baseYear;
  const [head, sector] = lever.split('.');
  const paths: number[][] =
    (head === 'realGrowth' || head === 'deflator')
      ? (sector ? [expandSectorRates(scenario.assumptions[head], n)[sector as Sector]] : Object.values(expandSectorRates(scenario.assumptions[head], n)))
      : head === 'energyIntensityChange' && scenario.assumptions.energy
        ? Object.values(expandSectorRates(scenario.assumptions.energy.intensityChangeBySector ?? 0, n))
        : [leverPath(scenario, lever)];
  const all = paths.flat();
  return { lo: floor - Math.min(...all) + eps, hi: ceiling - Math.max(...all) };
}
