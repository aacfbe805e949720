/**
 * Runs a year-step kernel (JavaScript or WebAssembly) over a few paths of a random description, as
 * simulate-blocks.ts does, and keeps each path's draws and written values, for comparison with the
 * single-path reference (tests/mc/kernel-generated.test.ts, tests/mc/kernel-wasm.test.ts).
 */
import { expect } from 'vitest';
import { blockState, type BlockState } from '../../../engine/mc/block-state';
import type { Kernel } from '../../../engine/mc/kernel/build-kernel';
import { blockNormalsLayout, primitiveLayout } from '../../../engine/mc/kernel/kernel-description';
import { referencePath } from '../../../engine/mc/kernel/reference-path';
import { BLOCK_PATHS } from '../../../engine/mc/mc-defaults';
import { startBlock } from '../../../engine/mc/block-state';
import { Xoshiro128 } from '../../../engine/mc/rng/xoshiro128';
import { fillNormals, fillUniforms } from '../../../engine/mc/rng/ziggurat';
import type { KernelCase } from './kernel-arbitraries';

/**
 * Runs the kernel `pick` gives for the thread's block state over `count` paths; returns each path's
 * draws (z[j][t * cols + k], u[j][t]) and the written kinds' values (kind * years + t). `zScale`
 * scales every normal (to push exp's argument out of its table range). One draw beyond `count` is
 * made each year, so that a SIMD kernel's spare lane reads real numbers.
 */
export function runKernel(c: KernelCase, pick: (st: BlockState) => Kernel | null, count: number, zScale = 1) {
  const d = c.description, n = c.years, cols = d.normalsPerYear;
  const st = blockState(d.sectors, cols);
  const kernel = pick(st);
  expect(kernel, 'kernel built').not.toBeNull();
  const rng = new Xoshiro128(c.seed);
  const layout = primitiveLayout(d.sectors);
  const z = Array.from({ length: count }, () => new Float64Array(n * cols));
  const u = Array.from({ length: count }, () => new Float64Array(n).fill(1));
  const values = Array.from({ length: count }, () => new Float64Array(layout.count * n).fill(NaN));
  startBlock(c.input, d.energy.mode !== 'off', st, count);
  const energyLast = d.energy.mode === 'off' ? -1 : d.energy.lastYear;
  // The block's layout of a year's normals: the energy stage's columns (the last ones) in a part of their own.
  const { base, energy, energyAt } = blockNormalsLayout(d, BLOCK_PATHS);
  for (let t = 0; t < n; t++) {
    fillNormals(rng, st.z, 0, (count + 1) * base);
    fillNormals(rng, st.z, energyAt, (count + 1) * energy);
    if (zScale !== 1) for (const [from, length] of [[0, (count + 1) * base], [energyAt, (count + 1) * energy]]) for (let k = from; k < from + length; k++) st.z[k] *= zScale;
    if (d.rare) fillUniforms(rng, st.u, 0, count + 1);
    for (let j = 0; j < count; j++) {
      for (let k = 0; k < base; k++) z[j][t * cols + k] = st.z[j * base + k];
      for (let k = base; k < cols; k++) z[j][t * cols + k] = st.z[energyAt + j * energy + k - base];
      if (d.rare) u[j][t] = st.u[j];
    }
    (t <= energyLast ? kernel!.step : kernel!.stepAfterEnergy)(d, c.input, st, t, count);
    for (const kind of d.write) for (let j = 0; j < count; j++) values[j][kind * n + t] = st.kinds[kind][j];
  }
  return { z, u, values };
}

/** The kinds and years the kernel must have written (energy kinds only while the energy stage runs). */
export function writtenCells(c: KernelCase): [number, number][] {
  const layout = primitiveLayout(c.description.sectors);
  const energy = new Set([...layout.energyUse, layout.energyUseRaw, layout.energyIntensityRaw, layout.co2EmissionsRaw, layout.co2IntensityRaw]);
  const en = c.description.energy;
  return c.description.write.flatMap((kind) => Array.from({ length: c.years }, (_, t): [number, number] => [kind, t]))
    .filter(([kind, t]) => !energy.has(kind) || (en.mode !== 'off' && t <= en.lastYear && (en.mode === 'structural' || !layout.energyUse.includes(kind))));
}

/**
 * Expects every path of a runKernel result to hold exactly (Object.is, as toBe) the written cells of
 * the description's single-path reference on the same draws, naming the cell on failure. The cells are
 * compared in a plain loop and `expect` is called only on a mismatch.
 */
export function expectReferenceValues(c: KernelCase, run: { z: Float64Array[]; u: Float64Array[]; values: Float64Array[] }): void {
  const cells = writtenCells(c);
  const out = new Float64Array(primitiveLayout(c.description.sectors).count * c.years);
  run.values.forEach((got, j) => {
    referencePath(c.description, c.input, c.years, run.z[j], run.u[j], out);
    for (const [kind, t] of cells) {
      const at = kind * c.years + t;
      if (!Object.is(got[at], out[at])) expect(got[at], `kind ${kind} year ${t} path ${j}`).toBe(out[at]);
    }
  });
}
