/**
 * The Sobol problem of one output: the compiled path model, how to read the output from a path, and
 * the independent groups of uncertain inputs (each a set of normal columns of the path's draws):
 *
 *   sector.<s>  with uncorrelated sectors: sector s's own growth shocks (left out when its volatility is 0);
 *   growth.factor<k>  with correlated sectors: the k-th independent factor z[k] of the growth shocks
 *               (e = L z, L lower-triangular), which moves every sector loading on it; it is not any one
 *               sector's shocks, so it is not named after one. A factor that moves nothing is left out.
 *   deflator, population   their shocks;   rare   occurrence (uniforms) and size of rare shocks;
 *   energy      the sectors' own energy-intensity shocks;   carbon   shocks to CO2 per unit of energy.
 *
 * Groups are independent by construction, as Sobol indices require.
 */
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { compileMonteCarlo } from '../mc/compile-model';
import type { McModel, Readout } from '../mc/mc-types';
import { DEFAULT_BOOTSTRAP, DEFAULT_SOBOL_SAMPLES } from '../mc/mc-defaults';
import type { OutputSpec, SensitivityOptions, SobolGroupId } from './sensitivity-types';
import { checkSensitivityOptions } from './validate-sensitivity';

/** A group of inputs: normal columns of the path draws, and the uniforms when it is the rare-shock group. */
export interface SobolGroup {
  id: SobolGroupId;
  columns: number[];
  uniforms: boolean;
}

/** Everything a worker needs to evaluate Saltelli samples. Plain data. */
export interface SobolProblem {
  model: McModel;
  readout: Readout;
  groups: SobolGroup[];
  samples: number;
  bootstrap: number;
  output: OutputSpec;
}

const SECTOR_GROUPS: SobolGroupId[] = ['sector.primary', 'sector.secondary', 'sector.tertiary'];
const FACTOR_GROUPS: SobolGroupId[] = ['growth.factor1', 'growth.factor2', 'growth.factor3'];

/** Compiles the Sobol problem. @throws PlanpathError when the output does not depend on any uncertain input. */
export function compileSobol(plan: PlanData, scenario: ResolvedScenario, output: OutputSpec, options: SensitivityOptions = {}): SobolProblem {
  checkSensitivityOptions(options);
  const setup = compileMonteCarlo(plan, scenario, { series: [], samples: [output], ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const readout = setup.model.samples[0];
  const model: McModel = { ...setup.model, samples: [], targets: [], joint: [] };
  const groups: SobolGroup[] = [];
  const f = model.factor;
  const correlated = f[3] !== 0 || f[6] !== 0 || f[7] !== 0;
  for (let s = 0; s < 3; s++) {
    let effect = 0;
    for (let i = 0; i < 3; i++) effect += model.sectorVolatility[i] * Math.abs(f[i * 3 + s]);
    if (effect > 0) groups.push({ id: correlated ? FACTOR_GROUPS[s] : SECTOR_GROUPS[s], columns: [s], uniforms: false });
  }
  if (model.deflatorColumn >= 0) groups.push({ id: 'deflator', columns: [model.deflatorColumn], uniforms: false });
  if (model.populationColumn >= 0) groups.push({ id: 'population', columns: [model.populationColumn], uniforms: false });
  if (model.rareColumn >= 0) groups.push({ id: 'rare', columns: [model.rareColumn], uniforms: true });
  if (model.energy.active && model.energy.column >= 0) groups.push({ id: 'energy', columns: [0, 1, 2].map((k) => model.energy.column + k), uniforms: false });
  if (model.energy.active && model.energy.carbonColumn >= 0) groups.push({ id: 'carbon', columns: [model.energy.carbonColumn], uniforms: false });
  if (readout.valueIndex < 0 || groups.length === 0) {
    throw new PlanpathError('invalid-request', [
      issue('output', `${output.series}@${output.year}`, { en: 'this output does not depend on any uncertain input, so it has no variance to decompose', zh: '该输出不受任何不确定输入影响,没有可分解的方差' }, { en: 'an output the shocks reach, e.g. gdpNominal@2025 or shares.tertiary@2025', zh: '受冲击影响的输出,如 gdpNominal@2025 或 shares.tertiary@2025' }),
    ]);
  }
  return { model, readout, groups, samples: options.samples ?? DEFAULT_SOBOL_SAMPLES, bootstrap: options.bootstrap ?? DEFAULT_BOOTSTRAP, output };
}
