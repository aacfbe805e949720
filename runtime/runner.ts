/**
 * The one interface the CLI and the web app use to run the stochastic analyses, whatever runs them
 * (in-process, a worker_threads pool in Node, a Web Worker pool in the browser). Every
 * implementation gives bit-identical results for the same request.
 */
import type { McOptions, McProgress, McResult, PlanData, ResolvedScenario, SensitivityOptions, SensitivityResult } from '../engine/index';

/** A Monte Carlo request: a resolved scenario (with an `uncertainty` block), its plan and options. */
export interface McRequest {
  plan: PlanData;
  scenario: ResolvedScenario;
  options?: McOptions;
}

/** A sensitivity request: `output` is `<series>@<year>`, e.g. `gdpNominal@2025`. */
export interface SensitivityRequest {
  plan: PlanData;
  scenario: ResolvedScenario;
  output: string;
  method: 'tornado' | 'sobol';
  options?: SensitivityOptions;
}

/** Per-call options. An aborted signal rejects with RunnerError('cancelled'); no stale result is returned. */
export interface RunOptions {
  signal?: AbortSignal;
  /** Called after each batch of a Monte Carlo run. */
  onProgress?: McProgress;
}

/** Runs analyses. Bad input rejects with PlanpathError; runtime failures with RunnerError. */
export interface Runner {
  runMonteCarlo(request: McRequest, options?: RunOptions): Promise<McResult>;
  runSensitivity(request: SensitivityRequest, options?: RunOptions): Promise<SensitivityResult>;
  /** Stops the runner's workers (if any). Pending calls reject with RunnerError('terminated'). */
  terminate(): void;
}
