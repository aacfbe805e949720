/**
 * Runs a Sobol problem through any row executor (in-process or a worker pool), assembles the rows in
 * order and estimates the indices (jansen.ts). The result is the same for any split of the rows.
 */
import { streamSeed } from '../mc/rng/splitmix32';
import { STREAM_BOOTSTRAP } from '../mc/streams';
import type { SobolProblem } from './sobol-problem';
import type { SobolPartial } from './sobol-samples';
import type { SobolResult } from './sensitivity-types';
import { jansenIndices } from './jansen';

/** Evaluates rows [first, first + count) somewhere; may return the rows in several partials. */
export type SobolExecutor = (problem: SobolProblem, first: number, count: number) => Promise<SobolPartial[]>;

/** Confidence level of the bootstrap intervals. */
const CONFIDENCE = 0.95;

/** Runs `problem` on `execute`. */
export async function runSobol(problem: SobolProblem, execute: SobolExecutor): Promise<SobolResult> {
  const n = problem.samples;
  const k = problem.groups.length;
  const fA = new Float64Array(n), fB = new Float64Array(n);
  const fAB = Array.from({ length: k }, () => new Float64Array(n));
  for (const part of await execute(problem, 0, n)) {
    fA.set(part.fA, part.first);
    fB.set(part.fB, part.first);
    for (let g = 0; g < k; g++) fAB[g].set(part.fAB.subarray(g * part.count, (g + 1) * part.count), part.first);
  }
  const est = jansenIndices(fA, fB, fAB, problem.bootstrap, streamSeed(problem.model.scrambledSeed, STREAM_BOOTSTRAP, 0), CONFIDENCE);
  return {
    method: 'sobol',
    output: problem.output,
    samples: n,
    evaluations: (k + 2) * n,
    mean: est.mean,
    variance: est.variance,
    confidence: CONFIDENCE,
    groups: problem.groups.map((g, i) => ({ id: g.id, first: est.first[i], total: est.total[i] })),
  };
}
