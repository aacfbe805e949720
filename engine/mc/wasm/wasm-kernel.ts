/**
 * Builds the WebAssembly SIMD year step (wasm-step.ts) of a description for one thread's block
 * state, as a Kernel with the JavaScript kernel's interface, or null where it cannot run (no
 * WebAssembly or no SIMD, a block state in plain memory, or a browser main thread that refuses to
 * compile a module synchronously): the caller then uses the generated JavaScript step, which gives
 * the same values bit for bit.
 *
 * Cached per block state (the arrays' offsets are in the code) and per shape of description (the
 * constants are parameters), as buildKernel caches the JavaScript kernel.
 */
import { EXP_TABLE, expWith } from '../fast-exp';
import type { BlockState, KernelInputs } from '../block-state';
import type { Kernel, YearStep } from '../kernel/build-kernel';
import { shapeKey, type KernelDescription } from '../kernel/kernel-description';
import { energyVariants } from '../kernel/step-plan';
import { generateWasmStep } from './wasm-step';
import { instantiate } from './wasm-api';
import { wasmSwitch } from './wasm-switch';

const MAX_CACHED = 16;
const kernels = new WeakMap<BlockState, Map<string, Kernel | null>>();

export { wasmSwitch } from './wasm-switch';

function buildStep(d: KernelDescription, st: BlockState, energy: boolean): YearStep {
  const memory = st.memory!;
  const pages = memory.buffer.byteLength / 65536;
  const { bytes, params } = generateWasmStep(d, st, energy, pages);
  const run = instantiate(bytes, { mem: memory, exp: (x: number) => expWith(EXP_TABLE, x) }).step as (count: number) => void;
  const area = st.params;
  const n = params.length;
  return (D, I: KernelInputs, state, t, count) => {
    if (state !== st) throw new Error('wasm kernel: called with another block state than it was built for');
    const ps = state.popScalar;
    ps[1] = ps[0];
    ps[0] = ps[0] * I.populationGrowth[t];
    for (let i = 0; i < n; i++) area[i] = params[i](D, I, state, t);
    run(count);
  };
}

/** The WebAssembly kernel of `description` over `st`, or null (see the file's comment). */
export function buildWasmKernel(description: KernelDescription, st: BlockState): Kernel | null {
  if (!wasmSwitch.enabled || st.memory === null) return null;
  let byShape = kernels.get(st);
  if (!byShape) kernels.set(st, (byShape = new Map()));
  const key = shapeKey(description);
  const hit = byShape.get(key);
  if (hit !== undefined) return hit;
  let kernel: Kernel | null = null;
  try {
    const { energyOn, split } = energyVariants(description);
    const step = buildStep(description, st, energyOn);
    kernel = { source: '(WebAssembly)', baked: false, step, stepAfterEnergy: split ? buildStep(description, st, false) : step };
  } catch {
    kernel = null;
  }
  if (byShape.size >= MAX_CACHED) byShape.delete(byShape.keys().next().value!);
  byShape.set(key, kernel);
  return kernel;
}
