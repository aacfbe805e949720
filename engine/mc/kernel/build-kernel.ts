/**
 * Builds the generated kernel of a description with `new Function` and caches it per description
 * (its JSON text), per thread: a run of many batches, or a benchmark's repeated runs, compile once.
 * Works wherever `new Function` does: Node (main thread, worker_threads, the esbuild bundle) and
 * browser workers (the app sets no Content-Security-Policy forbidding it). The cache holds the last
 * MAX_CACHED kernels, so an app whose sliders make a new model per move does not grow without bound.
 */
import { EXP_TABLE, expWith } from '../fast-exp';
import type { BlockState, KernelInputs } from '../block-state';
import { shapeKey, type KernelDescription } from './kernel-description';
import { generateKernelSource } from './generate-step';

/**
 * One year of a block: every written primitive of year t for the first `count` paths (the year's
 * normals already drawn into st.z, its uniforms into st.u). `description` gives the constants of a
 * kernel built without baking (a baked one ignores it).
 */
export type YearStep = (description: KernelDescription, input: KernelInputs, st: BlockState, t: number, count: number) => void;

/** A built kernel: `step` for the years the energy stage runs (all years without one), `stepAfterEnergy` for the others. */
export interface Kernel {
  source: string;
  /** Whether the constants are literals in the code (else read from the description on each call). */
  baked: boolean;
  step: YearStep;
  stepAfterEnergy: YearStep;
}

const MAX_CACHED = 16;
const cache = new Map<string, Kernel>();

/**
 * The kernel of `description`, generated and compiled on first use. Baked: the constants are
 * literals, one kernel per description (the fastest code, worth its compile and warm-up on long
 * runs); not baked: one kernel per shape, shared by every description of that shape (warm at once
 * when a slider moves a volatility).
 */
export function buildKernel(description: KernelDescription, bake: boolean): Kernel {
  const key = `${bake ? 'baked' : 'shape'}:${bake ? JSON.stringify(description) : shapeKey(description)}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const source = generateKernelSource(description, bake);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated code is the point (see generate-step.ts)
  const factory = new Function('expWith', 'table', source) as (e: typeof expWith, t: Float64Array) => { step: YearStep; stepAfterEnergy: YearStep };
  const { step, stepAfterEnergy } = factory(expWith, EXP_TABLE);
  const kernel = { source, baked: bake, step, stepAfterEnergy };
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value!);
  cache.set(key, kernel);
  return kernel;
}
