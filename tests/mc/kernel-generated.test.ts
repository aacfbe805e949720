/**
 * The generated kernel (engine/mc/kernel) against the single-path references, on the same draws:
 * 1. for random descriptions (1 to 6 sectors, every stage on or off, any written kinds), the kernel,
 *    baked or shared by shape, gives exactly the values of the description's reference (reference-path.ts);
 * 2. for the 3-sector models the scenario compiler makes, that reference gives exactly the values of
 *    evaluate-path.ts, the engine's oracle (kernel-reference.test.ts compares the kernel with it directly).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { KIND, PRIMITIVE_COUNT } from '../../engine/mc/primitive-kinds';
import { kernelInputs } from '../../engine/mc/block-state';
import { buildKernel } from '../../engine/mc/kernel/build-kernel';
import { describeKernel, primitiveLayout, shapeKey } from '../../engine/mc/kernel/kernel-description';
import { literal } from '../../engine/mc/kernel/generate-step';
import { referencePath } from '../../engine/mc/kernel/reference-path';
import { Xoshiro128, fillNormals, fillUniforms, compileMonteCarlo, evaluatePath, PRIMITIVES, type SeriesYear } from '../../engine/index';
import { fcRuns, samplePlan, sampleScenario, uncertaintyArb } from './support/fixtures';
import { kernelCaseArb } from './support/kernel-arbitraries';
import { expectReferenceValues, runKernel, writtenCells } from './support/run-kernel';

describe('generated kernel', () => {
  it('lays out 3 sectors exactly as the primitive kinds', () => {
    const layout = primitiveLayout(3);
    for (const [name, kind] of Object.entries(KIND)) {
      const at = (layout as unknown as Record<string, number | number[]>)[name];
      expect(Array.isArray(at) ? at[0] : at, name).toBe(kind);
    }
    expect(layout.count).toBe(PRIMITIVE_COUNT);
  });

  it('writes every constant as a literal that reads back to the same double', () => {
    fc.assert(fc.property(fc.double(), (x) => {
      expect(Object.is(Function(`return ${literal(x)};`)(), x)).toBe(true);
    }), fcRuns(200));
  });

  it('gives exactly the values of the description\'s reference, for any sector count and stages, baked or shared', () => {
    fc.assert(fc.property(kernelCaseArb(), fc.boolean(), (c, bake) => {
      const count = 5;
      expectReferenceValues(c, runKernel(c, () => buildKernel(c.description, bake), count));
    }), fcRuns(150));
  });

  it('shares one kernel among descriptions of one shape, each with its own constants', () => {
    fc.assert(fc.property(kernelCaseArb(4), fc.double({ min: 0, max: 0.3, noNaN: true }), (c, volatility) => {
      const other = { ...c, description: { ...c.description, sectorVolatility: c.description.sectorVolatility.map(() => volatility) } };
      expect(shapeKey(other.description)).toBe(shapeKey(c.description));
      expect(buildKernel(other.description, false)).toBe(buildKernel(c.description, false));
      const { z, u, values } = runKernel(other, () => buildKernel(other.description, false), 3);
      const out = new Float64Array(primitiveLayout(4).count * c.years);
      referencePath(other.description, other.input, other.years, z[0], u[0], out);
      for (const [kind, t] of writtenCells(other)) expect(values[0][kind * c.years + t]).toBe(out[kind * c.years + t]);
    }), fcRuns(30));
  });

  it('leaves inactive stages out of the code', () => {
    fc.assert(fc.property(kernelCaseArb(), (c) => {
      const d = { ...c.description, rare: null, deflator: null, population: { mode: 'exogenous' as const, volatility: 0, column: -1, adjustmentSpeed: 0 }, energy: { ...c.description.energy, mode: 'off' as const, shocks: null, carbon: null } };
      const { source } = buildKernel(d, true);
      expect(source.match(/expWith\(/g)?.length).toBe(d.sectors);
      for (const absent of ['u[j]', 'shock', 'ed[j]', 'K[j]', 'pop[j]', 'I.supportFactor', 'I.intensityFactor']) expect(source).not.toContain(absent);
    }), fcRuns(20));
  });
});

describe('the description\'s reference', () => {
  it('equals evaluate-path.ts on the models the scenario compiler makes', () => {
    const years = [2021, 2025, 2030];
    const series: string[] = [...PRIMITIVES.filter((p) => !p.endsWith('Raw') && !p.startsWith('energyUse.') && p !== 'growthFactor' && p !== 'priceFactor' && p !== 'chainedGrowthFactor'), 'realGrowth', 'realGrowthChained', 'priceIndex.secondary'];
    const samples: SeriesYear[] = series.flatMap((s) => years.map((year) => ({ series: s, year })));
    fc.assert(fc.property(uncertaintyArb, fc.nat({ max: 0xffffffff }), (unc, seed) => {
      const m = compileMonteCarlo(samplePlan, sampleScenario(unc), { seed, series: [], samples }).model;
      const d = describeKernel(m, []);
      const rng = new Xoshiro128(seed);
      const z = new Float64Array(m.years * m.normalsPerYear);
      const u = new Float64Array(m.years);
      fillNormals(rng, z, 0, z.length);
      fillUniforms(rng, u, 0, u.length);
      const ours = new Float64Array(PRIMITIVE_COUNT * m.years);
      const oracle = new Float64Array(PRIMITIVE_COUNT * m.years);
      referencePath(d, kernelInputs(m), m.years, z, u, ours);
      evaluatePath(m, z, u, oracle);
      for (let kind = 0; kind < PRIMITIVE_COUNT; kind++) {
        if (m.need[kind] !== 1 && kind !== KIND.chainedGrowthFactor) continue;
        for (let t = 0; t < m.years; t++) expect(ours[kind * m.years + t], `${PRIMITIVES[kind]}[${t}]`).toBe(oracle[kind * m.years + t]);
      }
    }), fcRuns(40));
  });
});
