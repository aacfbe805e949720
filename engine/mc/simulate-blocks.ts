/**
 * Simulates a range of blocks and returns their accumulators (McPartial). Block b draws from its own
 * stream, so a block's paths are the same whichever worker runs it and whatever else that worker
 * runs (the energy stage's normals come from a second stream of the block, drawn only in the years the
 * stage runs). Per year of a block: the normals and uniforms of every path are drawn, then the generated
 * kernel (kernel/generate-step.ts, built from the model's description) computes the needed primitives
 * of every path and counts them into that year's histogram slots in the same loop; then the targets
 * judged in that year and the kept samples are updated in tight loops. Where WebAssembly runs, the
 * normals, the step and the histogram counts are its modules (wasm/: the same values bit for bit).
 */
import { BLOCK_PATHS } from './mc-defaults';
import type { BlockRange, HistogramSlots, McModel, McPartial, Readout, TargetCheck } from './mc-types';
import { blockState, kernelInputs, startBlock } from './block-state';
import { Xoshiro128 } from './rng/xoshiro128';
import { streamSeed } from './rng/splitmix32';
import { fillNormals, fillUniforms } from './rng/ziggurat';
import { STREAM_MC_BLOCK, STREAM_MC_ENERGY } from './streams';
import { meets, toleranceOf } from '../scorecard/comparator';
import { blockNormalsLayout, describeKernel, type KernelDescription } from './kernel/kernel-description';
import { buildKernel, type Kernel } from './kernel/build-kernel';
import { buildWasmKernel } from './wasm/wasm-kernel';
import { wasmHistogram } from './wasm/wasm-histogram';
import { wasmNormals } from './wasm/wasm-normals';

/** Paths in block `block` of a run of `totalPaths` paths (the last block may be partial). */
export function pathsInBlock(block: number, totalPaths: number): number {
  return Math.max(0, Math.min(BLOCK_PATHS, totalPaths - block * BLOCK_PATHS));
}

/** Most histogram counts kept in a thread's WebAssembly memory: 2^20 (4 MB; the benchmark needs 123K, the CLI's table 49K). */
export const WASM_COUNTS_LIMIT = 1 << 20;

/** A read-out split into its primitive kind and year (valueIndex = kind x years + year). */
const kindOf = (valueIndex: number, years: number) => Math.floor(valueIndex / years);
const yearOf = (valueIndex: number, years: number) => valueIndex % years;

/**
 * The model's kernel description and kernel: it writes every kind that histograms, targets and
 * samples read. Runs share one kernel per model shape (warm at once when a slider moves a
 * volatility); baking the constants in as literals measured no faster on the benchmark workload.
 */
export function kernelOf(m: McModel, bake = false): { description: KernelDescription; kernel: Kernel } {
  const description = descriptionOf(m);
  return { description, kernel: buildKernel(description, bake) };
}

/** The model's kernel description: it writes every kind that histograms, targets and samples read. */
export function descriptionOf(m: McModel): KernelDescription {
  const n = m.years;
  const write: number[] = [];
  for (let q = 0; q < m.slots.count; q++) write.push(kindOf(m.slots.valueIndex[q], n));
  for (const r of [...m.targets.map((t) => t.readout), ...m.samples]) if (r.valueIndex >= 0) write.push(kindOf(r.valueIndex, n));
  return describeKernel(m, write);
}

/**
 * Simulates the blocks of `range` (pure; deterministic in the model's seed and the block indices).
 * `reuseCounts`: a counts array of an earlier partial that its owner no longer needs (the worker pool
 * hands merged partials' arrays back): used, zeroed, when its length fits, so that a run of many tasks
 * allocates no new histogram per task (each is slots x ~4,100 bins, 350 KB for the benchmark; freed
 * ones pile up until the next full garbage collection, which showed as 10-20 MB of peak memory).
 * `claim`: which block of the range to simulate next (see {@link BlockClaim}); by default every block
 * in order. The partial then covers the claimed blocks only.
 * @throws Error when `claim` returns a block outside the range, twice, or blocks that are not contiguous
 */
export function simulateBlocks(m: McModel, range: BlockRange, reuseCounts?: Uint32Array, claim?: BlockClaim): McPartial {
  const n = m.years;
  const slots = m.slots;
  const slotCount = slots.count;
  const { firstBlock, blockCount, totalPaths } = range;
  let rangePaths = 0;
  for (let b = 0; b < blockCount; b++) rangePaths += pathsInBlock(firstBlock + b, totalPaths);
  const reusable = reuseCounts !== undefined && reuseCounts.length === slots.totalCounts ? reuseCounts : undefined;
  const minMax = new Float64Array(2 * slotCount);
  for (let q = 0; q < slotCount; q++) {
    minMax[2 * q] = Infinity;
    minMax[2 * q + 1] = -Infinity;
  }
  const blockSums = new Float64Array(blockCount * slotCount);
  const targetHits = new Uint32Array(m.targets.length);
  const inJoint = new Uint8Array(m.targets.length);
  for (const k of m.joint) inJoint[k] = 1;
  // Targets on deterministic series are judged once (met on every simulated path, or on none); the others on every path in their year.
  let jointFixed = 1;
  const random: number[] = [];
  const metAlways: number[] = [];
  m.targets.forEach((t, k) => {
    if (t.readout.valueIndex >= 0) random.push(k);
    else if (meets(t.readout.b, t.comparator, t.value, t.min, t.max)) metAlways.push(k);
    else if (inJoint[k] === 1) jointFixed = 0;
  });
  const samples = m.samples.map(() => new Float32Array(rangePaths));
  const description = descriptionOf(m);
  const input = kernelInputs(m);
  const energyLast = description.energy.mode === 'off' ? -1 : description.energy.lastYear;
  // Histograms up to WASM_COUNTS_LIMIT counts go to the WebAssembly counter (the state keeps that room
  // for the thread's life); larger ones (every series and year of a big model) are counted in JavaScript.
  const wasmCounts = slots.totalCounts <= WASM_COUNTS_LIMIT;
  const st = blockState(m.baseValueAdded.length, m.normalsPerYear, wasmCounts ? slots.totalCounts : 0);
  // The SIMD step where WebAssembly runs (bit-identical to the JavaScript step; wasm/wasm-kernel.ts).
  const kernel = buildWasmKernel(description, st) ?? buildKernel(description, false);
  // Histograms counted in WebAssembly into the state's memory, then copied to `counts` (wasm-histogram.ts).
  const histogramAdd = wasmCounts ? wasmHistogram(st) : null;
  // The normals' fast loop in WebAssembly where it runs (the same draws as fillNormals; wasm-normals.ts).
  const fill = wasmNormals(st) ?? fillNormals;
  // The partial's counts: the WebAssembly counter's are copied over them at the end (no need to zero them);
  // the JavaScript counter adds into them.
  const counts = reusable ? (histogramAdd ? reusable : reusable.fill(0)) : new Uint32Array(slots.totalCounts);
  const stCounts = histogramAdd ? st.counts.subarray(0, slots.totalCounts).fill(0) : counts;
  // The counter returns a slot's extremes in the last two doubles of the parameter area (free between steps).
  const extremes = st.params;
  const extremesAt = extremes.byteOffset + 8 * (extremes.length - 2);
  // A year's normals: the energy stage's from a stream of their own, and only while the stage runs, so
  // that the other draws are the same whether or not any energy series is read after a year.
  const { base: baseNormals, energy: energyNormals, energyAt } = blockNormalsLayout(description, BLOCK_PATHS);
  const energyDraws = energyLast >= 0 && energyNormals > 0;
  const rare = m.rareColumn >= 0;
  const jointOk = new Uint8Array(BLOCK_PATHS);
  let jointHits = 0;
  let paths = 0;
  // The claimed blocks: how many, and the lowest and highest (offsets in the range).
  let claimed = 0, low = blockCount, high = -1;
  const taken = claim ? new Uint8Array(blockCount) : null;
  for (;;) {
    const b = claim ? claim() : claimed < blockCount ? claimed : -1;
    if (b < 0) break;
    if (taken) {
      if (!(Number.isInteger(b) && b < blockCount) || taken[b] === 1) throw new Error(`simulateBlocks: block ${b} claimed outside the range of ${blockCount} blocks or twice`);
      taken[b] = 1;
    }
    claimed++;
    if (b < low) low = b;
    if (b > high) high = b;
    const count = pathsInBlock(firstBlock + b, totalPaths);
    // Every block before the range's last is full: block b's paths start at b x BLOCK_PATHS.
    const pathBase = b * BLOCK_PATHS;
    const rng = new Xoshiro128(streamSeed(m.scrambledSeed, STREAM_MC_BLOCK, firstBlock + b));
    const energyRng = energyDraws ? new Xoshiro128(streamSeed(m.scrambledSeed, STREAM_MC_ENERGY, firstBlock + b)) : null;
    startBlock(input, energyLast >= 0, st, count);
    jointOk.fill(jointFixed, 0, count);
    for (let t = 0; t < n; t++) {
      // A partial block still draws for BLOCK_PATHS paths, so a run of N paths is a prefix of any longer run.
      fill(rng, st.z, 0, BLOCK_PATHS * baseNormals);
      if (rare) fillUniforms(rng, st.u, 0, BLOCK_PATHS);
      if (energyRng && t <= energyLast) fill(energyRng, st.z, energyAt, BLOCK_PATHS * energyNormals);
      (t <= energyLast ? kernel.step : kernel.stepAfterEnergy)(description, input, st, t, count);
      for (let q = 0; q < slotCount; q++) {
        const vi = slots.valueIndex[q];
        if (yearOf(vi, n) !== t) continue;
        const values = st.kinds[kindOf(vi, n)];
        if (histogramAdd) {
          blockSums[b * slotCount + q] = histogramAdd(values.byteOffset, count, slots.lo[q], slots.shift[q], slots.bins[q], stCounts.byteOffset + 4 * slots.offset[q], minMax[2 * q], minMax[2 * q + 1], extremesAt);
          minMax[2 * q] = extremes[extremes.length - 2];
          minMax[2 * q + 1] = extremes[extremes.length - 1];
        } else blockSums[b * slotCount + q] = accumulateSlot(slots, q, values, count, counts, minMax);
      }
      for (let r = 0; r < random.length; r++) {
        const k = random[r];
        if (yearOf(m.targets[k].readout.valueIndex, n) === t) targetHits[k] += judgeTarget(m.targets[k], st.kinds[kindOf(m.targets[k].readout.valueIndex, n)], count, inJoint[k] === 1, jointOk);
      }
      for (let k = 0; k < samples.length; k++) {
        const r = m.samples[k];
        if (r.valueIndex < 0 ? t === 0 : yearOf(r.valueIndex, n) === t) keepSample(r, r.valueIndex < 0 ? undefined : st.kinds[kindOf(r.valueIndex, n)], count, samples[k], pathBase);
      }
    }
    for (let j = 0; j < count; j++) jointHits += jointOk[j];
    paths += count;
  }
  if (histogramAdd) counts.set(stCounts);
  for (const k of metAlways) targetHits[k] = paths;
  if (claimed === blockCount) return { range, paths, counts, minMax, blockSums, targetHits, jointHits, samples };
  // Claimed blocks only: they must be contiguous, so that the partial is a range.
  if (claimed > 0 && high - low + 1 !== claimed) throw new Error(`simulateBlocks: the claimed blocks ${low}-${high} are not contiguous (${claimed} claimed)`);
  const first = claimed === 0 ? 0 : low;
  return {
    range: { ...range, firstBlock: firstBlock + first, blockCount: claimed },
    paths,
    counts,
    minMax,
    blockSums: blockSums.slice(first * slotCount, (first + claimed) * slotCount),
    targetHits,
    jointHits,
    samples: samples.map((values) => values.slice(first * BLOCK_PATHS, first * BLOCK_PATHS + paths)),
  };
}

/**
 * Chooses the next block a thread simulates: its offset in the range, or -1 when the thread is done.
 * Two threads can share a range by claiming blocks from its two ends through one shared counter
 * (runtime/caller-pool-executor.ts): each then simulates a contiguous run of blocks, as many as its
 * speed allows, and the results do not depend on who simulated which block.
 */
export type BlockClaim = () => number;

/**
 * A claim on the shared counter `claims[index]` (an Int32Array, on a SharedArrayBuffer when threads
 * share it) of a range of `blockCount` blocks: each call takes one block from the range's front
 * (`fromEnd` false) or back, until the blocks taken from both ends add up to the range.
 */
export function sharedClaim(claims: Int32Array, index: number, blockCount: number, fromEnd: boolean): BlockClaim {
  let mine = 0;
  return () => {
    if (Atomics.add(claims, index, 1) >= blockCount) return -1;
    const offset = mine++;
    return fromEnd ? blockCount - 1 - offset : offset;
  };
}

/**
 * Counts the paths meeting `target` this year; in the joint set, a miss clears the path's joint flag.
 * `meets` (scorecard/comparator.ts) is x >= value - tol, x <= value + tol, or both bounds for a range:
 * the bounds are computed once here, by the same operations, so the loop makes one comparison pair
 * per path instead of a call with a switch (was about 20 ns a path on a busy machine). `=` keeps the call.
 */
export function judgeTarget(target: TargetCheck, values: Float64Array, count: number, joint: boolean, jointOk: Uint8Array): number {
  const { a, b } = target.readout;
  const { comparator, value, min, max } = target;
  let hits = 0;
  if (comparator === '=') {
    for (let j = 0; j < count; j++) {
      if (meets(a * values[j] + b, comparator, value, min, max)) hits++;
      else if (joint) jointOk[j] = 0;
    }
    return hits;
  }
  const tol = toleranceOf(value);
  const lo = comparator === '>=' || comparator === '>' ? value - tol : comparator === 'range' ? (min ?? -Infinity) - tol : -Infinity;
  const hi = comparator === '<=' || comparator === '<' ? value + tol : comparator === 'range' ? (max ?? Infinity) + tol : Infinity;
  return countWithin(values, count, a, b, lo, hi, joint, jointOk);
}

/**
 * Paths whose readout a x + b lies in [lo, hi]; in the joint set, the others lose their joint flag.
 * Numbers only, so the loop stays optimised whatever the shapes of the target objects (they differ:
 * some have min and max; the mixed shapes deoptimised a loop reading them, measured in mc plan-target).
 * No branch on the outcome: a target met on about half the paths mispredicted half the branches (mc
 * plan-target 1M paths: 38-50 ms of judging with `if`, 10-13 ms without).
 */
function countWithin(values: Float64Array, count: number, a: number, b: number, lo: number, hi: number, joint: boolean, jointOk: Uint8Array): number {
  let hits = 0;
  if (joint) {
    for (let j = 0; j < count; j++) {
      const x = a * values[j] + b;
      const ok = +(x >= lo) & +(x <= hi);
      hits += ok;
      jointOk[j] &= ok;
    }
  } else {
    for (let j = 0; j < count; j++) {
      const x = a * values[j] + b;
      hits += +(x >= lo) & +(x <= hi);
    }
  }
  return hits;
}

/** Writes this block's values of a kept sample (a constant when the read-out is deterministic). */
function keepSample(r: Readout, values: Float64Array | undefined, count: number, out: Float32Array, at: number): void {
  if (values === undefined) out.fill(r.b, at, at + count);
  else for (let j = 0; j < count; j++) out[at + j] = r.a * values[j] + r.b;
}

const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/**
 * Adds `count` values to slot q's histogram and returns their sum (in path order). Values outside the
 * slot's range go to the underflow or overflow bin. The exact extremes of every value are kept, so a
 * quantile interpolated inside a bin never passes the largest or smallest value drawn.
 */
export function accumulateSlot(slots: HistogramSlots, q: number, values: Float64Array, count: number, counts: Uint32Array, minMax: Float64Array): number {
  const lo = slots.lo[q], shift = slots.shift[q], bins = slots.bins[q], offset = slots.offset[q];
  // Locals: bundlers turn module constants into `var`s, which V8 reloads in the loop.
  const f = f32, bitsOf = i32;
  let sum = 0;
  let min = minMax[2 * q], max = minMax[2 * q + 1];
  for (let j = 0; j < count; j++) {
    const v = values[j];
    f[0] = v;
    const above = bitsOf[0] - lo;
    let bin = (above >>> shift) + 1;
    if (above < 0 || bin > bins) bin = above < 0 ? 0 : bins + 1;
    if (v < min) min = v;
    if (v > max) max = v;
    counts[offset + bin]++;
    sum += v;
  }
  minMax[2 * q] = min;
  minMax[2 * q + 1] = max;
  return sum;
}
