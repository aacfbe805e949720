/**
 * The Sobol problem of one output: the compiled path model, how to read the output from a path, and
 * the independent groups of uncertain inputs (each a set of normal columns of the path's draws):
 *
 *   sector.<s>  the innovations z[s] of sector s (e = L z with L lower-triangular, so z[s] is the part
 *               of sector s's shock not explained by the sectors before it; with uncorrelated sectors,
 *               exactly its own shocks). A sector whose innovation moves nothing (e.g. secondary and
 *               tertiary with perfectly correlated sectors) is left out.
 *   deflator, population   their shocks;   rare   occurrence (uniforms) and size of rare shocks.
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

/** Compiles the Sobol problem. @throws PlanpathError when the output does not depend on any uncertain input. */
export function compileSobol(plan: PlanData, scenario: ResolvedScenario, output: OutputSpec, options: SensitivityOptions = {}): SobolProblem {
  checkSensitivityOptions(options);
  const setup = compileMonteCarlo(plan, scenario, { series: [], samples: [output], ...(options.seed !== undefined ? { seed: options.seed } : {}) });
  const readout = setup.model.samples[0];
  const model: McModel = { ...setup.model, samples: [], targets: [], joint: [] };
  const groups: SobolGroup[] = [];
  for (let s = 0; s < 3; s++) {
    let effect = 0;
    for (let i = 0; i < 3; i++) effect += model.sectorVolatility[i] * Math.abs(model.factor[i * 3 + s]);
    if (effect > 0) groups.push({ id: SECTOR_GROUPS[s], columns: [s], uniforms: false });
  }
  if (model.deflatorColumn >= 0) groups.push({ id: 'deflator', columns: [model.deflatorColumn], uniforms: false });
  if (model.populationColumn >= 0) groups.push({ id: 'population', columns: [model.populationColumn], uniforms: false });
  if (model.rareColumn >= 0) groups.push({ id: 'rare', columns: [model.rareColumn], uniforms: true });
  if (readout.valueIndex < 0 || groups.length === 0) {
    throw new PlanpathError('invalid-request', [
      issue('output', `${output.series}@${output.year}`, { en: 'this output does not depend on any uncertain input, so it has no variance to decompose', zh: '该输出不受任何不确定输入影响,没有可分解的方差' }, { en: 'an output the shocks reach, e.g. gdpNominal@2025 or shares.tertiary@2025', zh: '受冲击影响的输出,如 gdpNominal@2025 或 shares.tertiary@2025' }),
    ]);
  }
  return { model, readout, groups, samples: options.samples ?? DEFAULT_SOBOL_SAMPLES, bootstrap: options.bootstrap ?? DEFAULT_BOOTSTRAP, output };
}
