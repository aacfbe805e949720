/**
 * Closed-form goal seek where one exists (constant lever, n = target year - base year):
 *
 *   realGrowth (all sectors) -> gdpReal:            g = (X / GDP0)^(1/n) - 1
 *   realGrowth (all sectors) -> gdpNominal, common deflator:  g = (X / (GDP0 P(T)))^(1/n) - 1
 *   deflator (all sectors)   -> gdpNominal:         d = (X / gdpReal(T))^(1/n) - 1
 *   population.growth        -> population:         p = (X / pop0)^(1/n) - 1
 *   energy/co2 intensity     -> intensity index I:  c = I^(1/n) - 1   (change since base C: I = 1 + C)
 *
 * Returns undefined when the case has no closed form (the caller then bisects).
 */
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { expandSectorRates } from '../scenario/expand';
import type { AnyLeverId, LeverMode } from './levers';
import type { BoundTarget } from './solve-target';

export function closedFormLever(plan: PlanData, scenario: ResolvedScenario, projection: Projection, lever: AnyLeverId, mode: LeverMode, target: BoundTarget): number | undefined {
  if (mode !== 'constant') return undefined;
  const n = target.year - scenario.baseYear;
  const x = target.value / target.scale;
  const root = (ratio: number) => (ratio > 0 ? Math.pow(ratio, 1 / n) - 1 : undefined);
  const gdp0 = plan.base.gdpYi;
  switch (`${lever}->${target.series}`) {
    case 'realGrowth->gdpReal':
      return root(x / gdp0);
    case 'realGrowth->gdpNominal': {
      const d = expandSectorRates(scenario.assumptions.deflator, scenario.endYear - scenario.baseYear);
      const common = d.primary.every((v, i) => v === d.secondary[i] && v === d.tertiary[i]);
      if (!common) return undefined;
      const priceT = d.primary.slice(0, n).reduce((p, r) => p * (1 + r), 1);
      return root(x / (gdp0 * priceT));
    }
    case 'deflator->gdpNominal':
      return root(x / projection.series.gdpReal[n]);
    case 'population.growth->population':
      return root(x / plan.base.populationWan);
    // Exogenous intensity paths only: from the sector mix (structural modes) there is no closed form.
    case 'energyIntensityChange->energyIntensityIndex':
      return scenario.assumptions.energy ? undefined : root(x);
    case 'co2IntensityChange->co2IntensityIndex':
      return scenario.assumptions.carbon ? undefined : root(x);
    case 'energyIntensityChange->energyIntensityChangeSinceBase':
      return scenario.assumptions.energy ? undefined : root(1 + x);
    case 'co2IntensityChange->co2IntensityChangeSinceBase':
      return scenario.assumptions.carbon ? undefined : root(1 + x);
    default:
      return undefined;
  }
}
