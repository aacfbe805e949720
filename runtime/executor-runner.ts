/**
 * The one Runner implementation over any Executor: compiles on the calling thread (cheap, and it is
 * where bad input is reported), runs the work on the executor, and never returns a result for a
 * request whose signal was aborted meanwhile.
 */
// Direct module imports (not engine/index, which also loads goal seek and mathjs: about 90 MB).
import { compileMonteCarlo } from '../engine/mc/compile-model';
import { runMonteCarlo } from '../engine/mc/run-monte-carlo';
import { project } from '../engine/model/project';
import { parseOutputSpec } from '../engine/sensitivity/output-spec';
import { tornado } from '../engine/sensitivity/tornado';
import { compileSobol } from '../engine/sensitivity/sobol-problem';
import { runSobol } from '../engine/sensitivity/run-sobol';
import type { Executor } from './executor';
import type { Runner, RunOptions } from './runner';
import { cancelledError } from './runner-error';

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw cancelledError();
}

/** A Runner that does its work on `executor`. */
export function runnerFromExecutor(executor: Executor): Runner {
  return {
    async runMonteCarlo(request, options: RunOptions = {}) {
      const { signal, onProgress } = options;
      throwIfAborted(signal);
      const setup = compileMonteCarlo(request.plan, request.scenario, request.options);
      const result = await runMonteCarlo(setup, (model, range, deliver) => {
        throwIfAborted(signal);
        return executor.simulate(model, range, signal, deliver);
      }, onProgress, executor.release?.bind(executor));
      throwIfAborted(signal);
      return result;
    },
    async runSensitivity(request, options: RunOptions = {}) {
      const { signal } = options;
      throwIfAborted(signal);
      const output = parseOutputSpec(request.output, project(request.plan, request.scenario));
      switch (request.method) {
        case 'tornado':
          return tornado(request.plan, request.scenario, output, request.options);
        case 'sobol': {
          const problem = compileSobol(request.plan, request.scenario, output, request.options);
          const result = await runSobol(problem, (p, first, count) => executor.sobolRows(p, first, count, signal));
          throwIfAborted(signal);
          return result;
        }
        default:
          return request.method satisfies never;
      }
    },
    terminate: () => executor.terminate(),
  };
}
