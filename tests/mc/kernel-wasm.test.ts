/**
 * The WebAssembly SIMD year step (engine/mc/wasm) against the generated JavaScript step and the
 * description's single-path reference, on the same draws: bit-identical values for random
 * descriptions (1 to 6 sectors, every stage on or off, odd and even path counts), through exp's
 * fallback (arguments outside (-16, 16), NaN), and whole runs of simulateBlocks with and without it.
 * The binary writer's LEB128 against the specification's own examples.
 */
import { describe, it, expect, afterEach } from 'vitest';
import fc from 'fast-check';
import { blockState, type BlockState } from '../../engine/mc/block-state';
import { buildKernel, type Kernel } from '../../engine/mc/kernel/build-kernel';
import { expectReferenceValues, runKernel, writtenCells } from './support/run-kernel';
import { buildWasmKernel, wasmSwitch } from '../../engine/mc/wasm/wasm-kernel';
import { s32, u32 } from '../../engine/mc/wasm/wasm-encoder';
import { accumulateSlot, kernelOf, simulateBlocks } from '../../engine/mc/simulate-blocks';
import { wasmHistogram } from '../../engine/mc/wasm/wasm-histogram';
import { wasmNormals } from '../../engine/mc/wasm/wasm-normals';
import { Xoshiro128, fillNormals, compileMonteCarlo } from '../../engine/index';
import { fcRuns, samplePlan, sampleScenario, uncertaintyArb } from './support/fixtures';
import { kernelCaseArb, type KernelCase } from './support/kernel-arbitraries';
import { firstDifference } from './support/same-bits';

afterEach(() => {
  wasmSwitch.enabled = true;
});

/** The WebAssembly kernel or the JavaScript one (shared by shape), for runKernel. */
const wasmKernel = (c: KernelCase) => (st: BlockState) => buildWasmKernel(c.description, st);
const jsKernel = (c: KernelCase) => (): Kernel => buildKernel(c.description, false);

describe('WebAssembly year step', () => {
  it('encodes LEB128 as the specification\'s examples', () => {
    // https://en.wikipedia.org/wiki/LEB128 (the examples the WebAssembly specification refers to)
    expect(u32(624485)).toEqual([0xe5, 0x8e, 0x26]);
    expect(s32(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(u32(0)).toEqual([0]);
    expect(s32(-1)).toEqual([0x7f]);
    expect(s32(64)).toEqual([0xc0, 0x00]);
  });

  it('gives exactly the reference\'s values for any sector count and stages, odd and even path counts', () => {
    fc.assert(fc.property(kernelCaseArb(), fc.integer({ min: 1, max: 8 }), (c, count) => {
      expectReferenceValues(c, runKernel(c, wasmKernel(c), count));
    }), fcRuns(100));
  });

  it('takes exp\'s fallback exactly as the JavaScript step (arguments beyond +-16, infinities, NaN)', () => {
    // Normals scaled by 5000: sigma * a runs far outside (-16, 16) on some paths and not on others, so
    // pairs mix a fast lane with a fallback one; levels overflow to Infinity and then NaN on some paths.
    let beyond = 0;
    fc.assert(fc.property(kernelCaseArb(), (c) => {
      const count = 9;
      const wasm = runKernel(c, wasmKernel(c), count, 5000).values;
      const js = runKernel(c, jsKernel(c), count, 5000).values;
      for (let j = 0; j < count; j++) {
        for (const [kind, t] of writtenCells(c)) {
          const w = wasm[j][kind * c.years + t], x = js[j][kind * c.years + t];
          if (!(Object.is(w, x) || (Number.isNaN(w) && Number.isNaN(x)))) expect(`${w}`, `kind ${kind} year ${t} path ${j}`).toBe(`${x}`);
          if (!Number.isFinite(x)) beyond++;
        }
      }
    }), fcRuns(30));
    // The scaled draws did reach the fallback: some values overflowed (exp of an argument beyond 16 is taken there).
    expect(beyond).toBeGreaterThan(0);
  });

  it('gives a run of simulateBlocks identical to the JavaScript step\'s (counts, extremes, sums, target hits, samples)', () => {
    fc.assert(fc.property(uncertaintyArb, fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 9000 }), (unc, seed, paths) => {
      const m = compileMonteCarlo(samplePlan, sampleScenario(unc), { seed, paths, series: ['gdpNominal', 'shares.tertiary', 'population', 'gdpPerCapita'] }).model;
      const range = { firstBlock: 0, blockCount: Math.ceil(paths / 4096), totalPaths: paths };
      wasmSwitch.enabled = true;
      const a = simulateBlocks(m, range);
      wasmSwitch.enabled = false;
      const b = simulateBlocks(m, range);
      expect(a.paths).toBe(paths);
      expect(firstDifference(a.counts, b.counts)).toBe(-1);
      expect(firstDifference(a.minMax, b.minMax)).toBe(-1);
      expect(firstDifference(a.blockSums, b.blockSums)).toBe(-1);
      expect(firstDifference(a.targetHits, b.targetHits)).toBe(-1);
      expect(a.jointHits).toBe(b.jointHits);
    }), fcRuns(12));
  });

  it('counts histogram slots exactly as the JavaScript counter (bins, underflow, overflow, extremes, sum), any values', () => {
    const st = blockState(3, 3);
    const add = wasmHistogram(st);
    expect(add).not.toBeNull();
    const values = st.kinds[0];
    const anyValue = fc.oneof(fc.double(), fc.double({ min: 0.5, max: 5000, noNaN: true }), fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 1e-300, -1e300));
    fc.assert(fc.property(fc.array(anyValue, { minLength: 1, maxLength: 300 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 4096 }), (xs, lo, shift, bins) => {
      const slots = { count: 1, valueIndex: new Int32Array(1), lo: Int32Array.of(lo), shift: Int32Array.of(shift), bins: Int32Array.of(bins), offset: Int32Array.of(3), totalCounts: bins + 5 };
      values.set(xs);
      const jsCounts = new Uint32Array(slots.totalCounts);
      const jsMinMax = Float64Array.of(Infinity, -Infinity);
      const jsSum = accumulateSlot(slots, 0, values, xs.length, jsCounts, jsMinMax);
      const area = st.counts.subarray(0, slots.totalCounts).fill(0);
      const out = st.params.byteOffset + 8 * (st.params.length - 2);
      const sum = add!(values.byteOffset, xs.length, lo, shift, bins, area.byteOffset + 4 * 3, Infinity, -Infinity, out);
      expect(firstDifference(area, jsCounts)).toBe(-1);
      expect(Object.is(sum, jsSum) || (Number.isNaN(sum) && Number.isNaN(jsSum))).toBe(true);
      expect([st.params[st.params.length - 2], st.params[st.params.length - 1]]).toEqual(Array.from(jsMinMax));
    }), fcRuns(300));
  });

  it('draws exactly fillNormals\'s normals and leaves the generator in the same state (chunks, offsets, slow-path draws)', () => {
    const st = blockState(3, 3);
    const fill = wasmNormals(st);
    expect(fill).not.toBeNull();
    let tail = 0;
    fc.assert(fc.property(fc.nat({ max: 0xffffffff }), fc.integer({ min: 1, max: 3 * 4096 + 17 }), fc.integer({ min: 0, max: 50 }), (seed, count, offset) => {
      const a = new Xoshiro128(seed), b = new Xoshiro128(seed);
      const expected = new Float64Array(offset + count);
      fillNormals(a, expected, offset, count);
      st.z.fill(7, 0, offset + count);
      fill!(b, st.z, offset, count);
      expect(firstDifference(st.z.subarray(offset, offset + count), expected.subarray(offset))).toBe(-1);
      expect(st.z[offset - 1]).toBe(offset > 0 ? 7 : undefined);
      expect(Array.from(b.state)).toEqual(Array.from(a.state));
      for (const x of expected) if (Math.abs(x) > 3.6541528853610088) tail++;
    }), fcRuns(40));
    // Draws beyond the base layer's edge R come only from the slow path's tail (two logarithms each).
    expect(tail).toBeGreaterThan(0);
  });

  it('lays the block state\'s arrays out in its memory without overlaps, each as long as it should be', () => {
    for (const sectors of [1, 3, 6]) {
      const st = blockState(sectors, 2 * sectors + 4, 70_000);
      const named: [string, ArrayBufferView & { length: number }, number][] = [
        ['z', st.z, -4096 * (2 * sectors + 4)], ['u', st.u, 4096], ['ed', st.ed, 4096], ['ep', st.ep, 4096], ['prevReal', st.prevReal, 4096],
        ['carbon', st.carbon, 4096], ['ek', st.ek, 4096], ['prevPop', st.prevPop, 4096], ['table', st.table, 2049], ['params', st.params, 256],
        ['scratch', st.scratch, 4900], ['counts', st.counts, -70_000],
        ...st.kinds.map((a, k): [string, Float64Array, number] => [`kind ${k}`, a, 4096]),
        ...[...st.e, ...st.intensity, ...st.eh].map((a, k): [string, Float64Array, number] => [`sector array ${k}`, a, 4096]),
      ];
      const ranges = named.map(([name, a, length]) => {
        // A negative length: at least that many (the thread's state may have grown for an earlier model).
        if (length < 0) expect(a.length, name).toBeGreaterThanOrEqual(-length);
        else expect(a.length, name).toBe(length);
        expect(a.buffer, name).toBe(st.memory!.buffer);
        return [a.byteOffset, a.byteOffset + a.byteLength, name] as const;
      }).sort((x, y) => x[0] - y[0]);
      for (let i = 1; i < ranges.length; i++) expect(ranges[i][0], `${ranges[i - 1][2]} / ${ranges[i][2]}`).toBeGreaterThanOrEqual(ranges[i - 1][1]);
    }
  });

  it('is used by simulateBlocks where WebAssembly runs, one module per block state and shape', () => {
    const m = compileMonteCarlo(samplePlan, sampleScenario({ realGrowthVolatility: 0.05 }), { seed: 1, paths: 10 }).model;
    const st = blockState(m.baseValueAdded.length, m.normalsPerYear);
    expect(st.memory).toBeInstanceOf(WebAssembly.Memory);
    expect(st.z.buffer).toBe(st.memory!.buffer);
    const { description } = kernelOf(m);
    const kernel = buildWasmKernel(description, st);
    expect(kernel?.source).toBe('(WebAssembly)');
    expect(buildWasmKernel({ ...description, sectorVolatility: description.sectorVolatility.map(() => 0.2) }, st)).toBe(kernel);
    wasmSwitch.enabled = false;
    expect(buildWasmKernel(description, st)).toBeNull();
  });
});
