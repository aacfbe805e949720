/**
 * What to hand the Monte Carlo (engine/mc) for a re-anchored plan and scenario so that it needs no
 * change: (1) the scenario as its sectoral equivalent (the kernel reads `realGrowth`; an investment-mode
 * scenario's growth comes from capital), and (2) the plan with the anchor year's price level taken as 1
 * (the kernel starts real value added at the base's nominal value added, which is right only when the
 * base price level is 1). Nominal GDP, shares, population and per-capita GDP are then exactly as on the
 * re-anchored plan, and the intensity indices keep their reference; only real GDP is measured at
 * anchor-year prices inside the Monte Carlo. Target probabilities are unaffected.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { sectoralEquivalent } from '../investment/sectoral-equivalent';

/** The plan and scenario to give the Monte Carlo for target probabilities from a (re-anchored) base. */
export function monteCarloInputs(plan: PlanData, scenario: ResolvedScenario): { plan: PlanData; scenario: ResolvedScenario } {
  const sectoral = sectoralEquivalent(plan, scenario);
  const reference = plan.base.reference;
  if (!reference) return { plan, scenario: sectoral };
  const unitPrices = { primary: 1, secondary: 1, tertiary: 1 };
  return { plan: { ...plan, base: { ...plan.base, reference: { ...reference, priceIndex: unitPrices, gdpRealYi: plan.base.gdpYi } } }, scenario: sectoral };
}
