/** The requests the browser test runs in the page and in Node alike. */
import { resolveScenario } from '../../../engine/scenario/resolve';
import { defaultPlan } from '../../../data/index';
import { builtinScenario } from '../../../scenarios/index';
import type { McRequest, SensitivityRequest } from '../../../runtime/runner';

const scenario = resolveScenario(builtinScenario('historical-trend'), (id) => builtinScenario(id), defaultPlan);

export const request: McRequest = { plan: defaultPlan, scenario, options: { paths: 30_000, seed: 11, histograms: [{ series: 'gdpNominal', year: 2025 }] } };
export const sobolRequest: SensitivityRequest = { plan: defaultPlan, scenario, output: 'shares.tertiary@2030', method: 'sobol', options: { samples: 512, bootstrap: 40 } };
