/**
 * The per-path state and this year's values of one block of paths (structure of arrays, BLOCK_PATHS
 * entries each), for a model of S sectors, allocated once per thread and reused; and the inputs the
 * generated kernel reads once per year (KernelInputs).
 */
import { BLOCK_PATHS } from './mc-defaults';
import type { McModel } from './mc-types';
import { primitiveLayout } from './kernel/kernel-description';
import { EXP_TABLE } from './fast-exp';
import { wasmApi, type WasmMemory } from './wasm/wasm-api';

/** Reusable per-path state and this year's values of one block. */
export interface BlockState {
  /** This year's normals, path-major (BLOCK_PATHS x normalsPerYear), and uniforms. */
  z: Float64Array;
  u: Float64Array;
  /** AR(1) shock state: sectors, deflator, population. */
  e: Float64Array[];
  ed: Float64Array;
  ep: Float64Array;
  /** Real value added by sector (亿元, base-year prices), the price factor, population (万人): views of `kinds`. */
  real: Float64Array[];
  q: Float64Array;
  pop: Float64Array;
  /** Last year's real GDP (for growth). */
  prevReal: Float64Array;
  /** This year's value of each primitive, by kind (only the written ones are kept up to date). */
  kinds: Float64Array[];
  /** Population when it has no shocks (the same on every path), this year's and last year's: [0] and [1]. */
  popScalar: Float64Array;
  /** Energy stage (energy-stage.ts): intensity by sector, own energy shocks by sector, CO2 per energy and its shock. */
  intensity: Float64Array[];
  eh: Float64Array[];
  /** Last year's population (GDP per capita over the average population, schemaVersion 2). */
  prevPop: Float64Array;
  carbon: Float64Array;
  ek: Float64Array;
  /** A copy of fast-exp.ts's table and the parameter area of the WebAssembly step (wasm/wasm-step.ts). */
  table: Float64Array;
  params: Float64Array;
  /** Working memory of the WebAssembly normals (wasm/wasm-normals.ts: tables, generator state, pending draws). */
  scratch: Float64Array;
  /** Histogram counts of the WebAssembly counter (wasm/wasm-histogram.ts), copied to a task's partial at its end. */
  counts: Uint32Array;
  /** The WebAssembly memory all the arrays above live in (null where WebAssembly is missing: plain memory). */
  memory: WasmMemory | null;
}

/** The per-year and base-year numbers of a model (t = 0 for the first projected year; [t * S + sector]). */
export interface KernelInputs {
  baseValueAdded: Float64Array;
  basePrice: Float64Array;
  basePopulation: number;
  growth: Float64Array;
  price: Float64Array;
  populationGrowth: Float64Array;
  baseIntensity: Float64Array;
  intensityFactor: Float64Array;
  exogenousIntensity: Float64Array;
  carbonFactor: Float64Array;
  supportFactor: Float64Array;
}

/** The inputs of a compiled model. */
export function kernelInputs(m: McModel): KernelInputs {
  return {
    baseValueAdded: m.baseValueAdded, basePrice: m.basePrice, basePopulation: m.basePopulation,
    growth: m.growth, price: m.price, populationGrowth: m.populationGrowth,
    baseIntensity: m.energy.baseIntensity, intensityFactor: m.energy.intensityFactor, exogenousIntensity: m.energy.exogenousIntensity, carbonFactor: m.energy.carbonFactor,
    supportFactor: m.jobs.supportFactor,
  };
}

/**
 * Bytes between the starts of successive arrays beyond their own length: 5 cache lines. Arrays of
 * BLOCK_PATHS doubles are 32 KB, a multiple of 4 KB: allocated one by one they tend to start at the
 * same offset modulo 4 KB, so the kernel's dozen streams (j-th element of each) can fall in one L1
 * cache set, and loads can wait on stores to other arrays that alias them (4K aliasing). In one buffer
 * with this stagger, stream k starts 5k cache lines (mod 64) from stream 0: distinct sets for up to
 * 64 arrays, whatever the allocator does. A precaution: alternated runs against separate arrays
 * measured no difference on this project's machine (1 worker 630-645 ms per million paths either
 * way); the 600-vs-1,000 ms swings first blamed on it came from the machine.
 */
const STAGGER_BYTES = 5 * 64;

/** Doubles in the WebAssembly step's parameter area (wasm/wasm-step.ts: about 90 for 6 sectors with every stage). */
export const PARAM_SLOTS = 256;
/** Doubles of scratch for the WebAssembly normals (wasm/wasm-normals.ts NORMALS_SCRATCH_BYTES, 38,928 bytes). */
const SCRATCH_DOUBLES = 4900;

/**
 * Arrays of `lengths` doubles in one buffer, each starting STAGGER_BYTES after the previous one ends.
 * The buffer is a WebAssembly memory's where WebAssembly exists (the SIMD step addresses the arrays
 * in it), else a plain ArrayBuffer.
 */
function staggered(lengths: readonly number[]): { arrays: Float64Array[]; memory: WasmMemory | null } {
  const starts: number[] = [];
  let bytes = 0;
  for (const n of lengths) {
    starts.push(bytes);
    bytes += n * 8 + STAGGER_BYTES;
  }
  let memory: WasmMemory | null = null;
  try {
    if (wasmApi) memory = new wasmApi.Memory({ initial: Math.ceil(bytes / 65536) });
  } catch {
    memory = null;
  }
  const buffer = memory ? memory.buffer : new ArrayBuffer(bytes);
  return { arrays: lengths.map((n, i) => new Float64Array(buffer, starts[i], n)), memory };
}

/**
 * The block state of each sector count, allocated once per thread (about 1 MB for 3 sectors) and
 * reused by every run: creating a fresh state object per run made V8 throw away and never
 * re-optimise the kernel (measured: 20% slower). Reuse is safe because simulation is synchronous and
 * never re-entered.
 */
const shared = new Map<number, BlockState>();

/** The thread's block state for S sectors and `normalsPerYear` normals (grown when a model needs more). */
export function blockState(sectors: number, normalsPerYear: number, counts = 0): BlockState {
  const cached = shared.get(sectors);
  if (cached && cached.z.length >= BLOCK_PATHS * normalsPerYear && cached.counts.length >= counts) return cached;
  // Room for at least 256K counts (64 slots of 4,096 bins: the benchmark needs 123K, the CLI's table 49K),
  // grown by powers of two. Pages never written are not resident, so the room costs address space only;
  // a state reallocated for more room leaves the old one to the garbage collector (its memory and
  // modules: 2-3 MB until then), which the first task of every worker paid when this was 64K.
  let countRoom = 1 << 18;
  while (countRoom < counts) countRoom *= 2;
  const layout = primitiveLayout(sectors);
  // Every array of the state in one staggered buffer (see STAGGER_BYTES): z first, then the rest.
  // kinds, u, e (S), ed, ep, prevReal, intensity (S), eh (S), carbon, ek, prevPop.
  const pathArrays = layout.count + 3 * sectors + 7;
  const { arrays, memory } = staggered([BLOCK_PATHS * Math.max(normalsPerYear, 2 * sectors + 4), ...Array.from({ length: pathArrays }, () => BLOCK_PATHS), EXP_TABLE.length, PARAM_SLOTS, SCRATCH_DOUBLES, countRoom / 2]);
  let next = 0;
  const alloc = () => arrays[next++];
  const z = alloc();
  const kinds = Array.from({ length: layout.count }, alloc);
  const each = () => Array.from({ length: sectors }, alloc);
  const state: BlockState = {
    z,
    u: alloc(),
    e: each(),
    ed: alloc(),
    ep: alloc(),
    real: layout.valueAddedReal.map((k) => kinds[k]),
    q: kinds[layout.priceFactor],
    pop: kinds[layout.population],
    prevReal: alloc(),
    kinds,
    popScalar: new Float64Array(2),
    intensity: each(),
    eh: each(),
    carbon: alloc(),
    ek: alloc(),
    prevPop: alloc(),
    table: alloc(),
    params: alloc(),
    scratch: alloc(),
    counts: new Uint32Array(0),
    memory,
  };
  const countsArea = alloc();
  state.counts = new Uint32Array(countsArea.buffer, countsArea.byteOffset, countRoom);
  if (next !== arrays.length) throw new Error(`block state: ${arrays.length} arrays allocated, ${next} used`);
  state.table.set(EXP_TABLE);
  shared.set(sectors, state);
  return state;
}

/** Resets the state to the base year for `count` paths. */
export function startBlock(input: KernelInputs, energy: boolean, st: BlockState, count: number): void {
  const base = input.baseValueAdded;
  let total = base[0];
  for (let s = 0; s < base.length; s++) {
    st.real[s].fill(base[s], 0, count);
    st.e[s].fill(0, 0, count);
    if (s > 0) total += base[s];
  }
  st.ed.fill(0, 0, count);
  st.ep.fill(0, 0, count);
  st.q.fill(1, 0, count);
  st.pop.fill(input.basePopulation, 0, count);
  st.prevReal.fill(total, 0, count);
  st.popScalar[0] = input.basePopulation;
  st.popScalar[1] = input.basePopulation;
  st.prevPop.fill(input.basePopulation, 0, count);
  if (energy) {
    for (let s = 0; s < base.length; s++) {
      st.intensity[s].fill(input.baseIntensity[s], 0, count);
      st.eh[s].fill(0, 0, count);
    }
    st.carbon.fill(1, 0, count);
    st.ek.fill(0, 0, count);
  }
}
