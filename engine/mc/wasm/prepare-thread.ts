/**
 * Gets a thread ready for Monte Carlo work before its first task: the block state of the plan's three
 * sectors, and its WebAssembly normals and histogram counter (the modules that do not depend on the
 * model). A worker calls this right after it starts (runtime/node/node-worker.ts, runtime/browser/browser-worker.ts), while the main thread is
 * still reading the scenario and compiling the model, so the first task finds them built (about 10-20
 * ms of a fresh worker's first run: generating and compiling the modules with cold JavaScript).
 * Harmless where WebAssembly is missing (nothing is built) and idempotent.
 */
import { blockState } from '../block-state';
import { wasmHistogram } from './wasm-histogram';
import { wasmNormals } from './wasm-normals';

export function prepareThread(sectors = 3): void {
  // normalsPerYear 2S + 4 is the state's minimum width, so any model of S sectors reuses this state.
  const st = blockState(sectors, 2 * sectors + 4);
  wasmNormals(st);
  wasmHistogram(st);
}
