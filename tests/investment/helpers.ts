/** Shared set-up of the investment tests: investment-mode scenarios on the embedded plan. */
import { resolveScenario, type InvestmentSpec, type ResolvedScenario, type ScenarioFile } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

export const plan = defaultPlan;

/** A stand-alone investment-mode scenario, 2020 to `endYear`, with the given investment block. */
export function investmentScenario(investment: InvestmentSpec, endYear = 2030, extra: Partial<ScenarioFile> = {}): ResolvedScenario {
  const file: ScenarioFile = {
    schemaVersion: 1, id: 'inv', name: { zh: '投资', en: 'Investment' }, baseYear: 2020, endYear,
    growthMode: 'investment', investment,
    assumptions: { realGrowth: 0.05, deflator: 0.02, population: { growth: 0.02 }, energyIntensityChange: -0.03, co2IntensityChange: -0.03 },
    ...extra,
  };
  return resolveScenario(file, (id) => builtinScenario(id), plan);
}

/** A complete Cobb-Douglas block. */
export const cobbDouglas: InvestmentSpec = { method: 'cobb-douglas', realisationRate: 0.8, capitalOutputRatio: 3, depreciation: 0.096, capitalShare: 0.5, tfpGrowth: 0.015, employmentRate: 0.6 };
