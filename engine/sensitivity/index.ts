/** Sensitivity analyses: a deterministic tornado over the levers and Sobol indices over the uncertain inputs. */
export * from './sensitivity-types';
export { parseOutputSpec } from './output-spec';
export { tornado } from './tornado';
export { jansenIndices, type JansenEstimates } from './jansen';
export { compileSobol, type SobolProblem, type SobolGroup } from './sobol-problem';
export { evaluateSobolRows, type SobolPartial } from './sobol-samples';
export { runSobol, type SobolExecutor } from './run-sobol';
export { checkSensitivityOptions } from './validate-sensitivity';
