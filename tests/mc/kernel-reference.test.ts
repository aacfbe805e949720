/**
 * The fast block kernel against two slower references on the same draws:
 * 1. evaluatePath, the single-path implementation of the same equations: bit-identical values;
 * 2. the deterministic projection (projectYearly) run with each path's realised rates (growth, prices,
 *    population moved by that path's shocks), written out again here from the README's equations:
 *    equal within 1e-12 relative.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BLOCK_PATHS, PRIMITIVE_COUNT, PRIMITIVES, STREAM_MC_BLOCK, STREAM_MC_ENERGY, SECTORS, Xoshiro128, compileMonteCarlo, evaluatePath, expandAssumptions, fillNormals, fillUniforms,
  projectYearly, seriesAt, simulateBlocks, streamSeed, linkedEnergyInputs, resolveScenario, type McModel, type ResolvedScenario, type SeriesYear, type UncertaintySpec,
} from '../../engine/index';
import { defaultPlan, fcRuns, sampleScenario, samplePlan, uncertaintyArb, builtin } from './support/fixtures';

/** The draws of the first `count` paths of block 0, per path (years x columns) and uniforms (years). */
function blockDraws(m: McModel, count: number): { z: Float64Array[]; u: Float64Array[] } {
  // Block 0's streams: the main one, and the energy stage's for its columns (the year's last ones),
  // drawn only in the years the stage runs: later, its columns are NaN (nothing may read them).
  const rng = new Xoshiro128(streamSeed(m.scrambledSeed, STREAM_MC_BLOCK, 0));
  const energyRng = new Xoshiro128(streamSeed(m.scrambledSeed, STREAM_MC_ENERGY, 0));
  const cols = m.normalsPerYear;
  const energyColumns = [m.energy.column, m.energy.carbonColumn].filter((c) => c >= 0);
  const base = energyColumns.length > 0 ? Math.min(...energyColumns) : cols;
  const energyLast = m.energy.active ? m.energy.lastYear : -1;
  const z = Array.from({ length: count }, () => new Float64Array(m.years * cols));
  const u = Array.from({ length: count }, () => new Float64Array(m.years).fill(1));
  const year = new Float64Array(BLOCK_PATHS * base);
  const energyYear = new Float64Array(BLOCK_PATHS * (cols - base));
  const uniforms = new Float64Array(BLOCK_PATHS);
  for (let t = 0; t < m.years; t++) {
    fillNormals(rng, year, 0, year.length);
    if (m.rareColumn >= 0) fillUniforms(rng, uniforms, 0, BLOCK_PATHS);
    if (t <= energyLast) fillNormals(energyRng, energyYear, 0, energyYear.length);
    else energyYear.fill(NaN);
    for (let j = 0; j < count; j++) {
      for (let c = 0; c < base; c++) z[j][t * cols + c] = year[j * base + c];
      for (let c = base; c < cols; c++) z[j][t * cols + c] = energyYear[j * (cols - base) + c - base];
      if (m.rareColumn >= 0) u[j][t] = uniforms[j];
    }
  }
  return { z, u };
}

const PRIMITIVE_SERIES = [...PRIMITIVES.filter((p) => p !== 'growthFactor' && p !== 'priceFactor' && p !== 'chainedGrowthFactor' && !p.endsWith('Raw')), 'realGrowthChained'];
const ENERGY_SERIES = ['energyUseIndex', 'energyIntensityIndex', 'energyIntensityChangeSinceBase', 'co2EmissionsIndex', 'co2IntensityIndex'];

/** An uncertainty block with the energy and carbon shocks of the structural modes. */
const energyUncertaintyArb: fc.Arbitrary<UncertaintySpec> = fc
  .tuple(uncertaintyArb, fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.1, noNaN: true }), fc.record({ primary: fc.double({ min: 0, max: 0.1, noNaN: true }), secondary: fc.double({ min: 0, max: 0.1, noNaN: true }), tertiary: fc.double({ min: 0, max: 0.1, noNaN: true }) })), fc.double({ min: 0, max: 0.05, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }))
  .map(([u, ev, cv, r]) => ({ ...u, energyIntensityVolatility: ev, carbonPerEnergyVolatility: cv, energyGrowthCorrelation: r }));

/** The sample county in the structural energy and carbon modes (schemaVersion 2; its plan has no energy defaults). */
function structuralSample(u: UncertaintySpec, carbon: boolean): ResolvedScenario {
  const v1 = sampleScenario(undefined);
  const { energyIntensityChange: _e, co2IntensityChange: c, ...rest } = v1.assumptions;
  const { lineage: _l, ...head } = v1;
  const file = {
    ...head, schemaVersion: 2, uncertainty: u,
    assumptions: { ...rest, energy: { intensityBySector: { primary: 0.2, secondary: 0.9, tertiary: 0.15 }, intensityChangeBySector: { primary: -0.01, secondary: -0.03, tertiary: [-0.02, -0.02, -0.025, -0.025, -0.03, -0.03, -0.03, -0.03, -0.03, -0.03] } }, ...(carbon ? { carbon: { carbonPerEnergyChange: -0.015 } } : { co2IntensityChange: c }) },
  };
  return resolveScenario(file, () => undefined, samplePlan);
}

describe('block kernel', () => {
  it('gives exactly the values of the single-path reference on the same draws', () => {
    fc.assert(fc.property(uncertaintyArb, fc.nat({ max: 0xffffffff }), (u, seed) => {
      const scenario = sampleScenario(u);
      const years = [2021, 2025, 2030];
      const samples: SeriesYear[] = [...PRIMITIVE_SERIES.filter((p) => !p.startsWith('energyUse.')), 'realGrowth', 'priceIndex.secondary'].flatMap((series) => years.map((year) => ({ series, year })));
      const setup = compileMonteCarlo(samplePlan, scenario, { seed, series: [], samples });
      const m = setup.model;
      const count = 37;
      const part = simulateBlocks(m, { firstBlock: 0, blockCount: 1, totalPaths: count });
      const { z, u: uniforms } = blockDraws(m, count);
      const values = new Float64Array(PRIMITIVE_COUNT * m.years);
      for (let j = 0; j < count; j++) {
        evaluatePath(m, z[j], uniforms[j], values);
        m.samples.forEach((r, k) => {
          const expected = r.valueIndex < 0 ? r.b : r.a * values[r.valueIndex] + r.b;
          expect(part.samples[k][j]).toBe(Math.fround(expected));
        });
      }
    }), fcRuns(30));
  });

  it('gives exactly the values of the single-path reference in the structural energy and carbon modes', () => {
    fc.assert(fc.property(energyUncertaintyArb, fc.boolean(), fc.nat({ max: 0xffffffff }), (u, carbon, seed) => {
      const scenario = structuralSample(u, carbon);
      const years = [2021, 2025, 2030];
      const samples: SeriesYear[] = [...PRIMITIVE_SERIES, ...ENERGY_SERIES, 'realGrowth'].flatMap((series) => years.map((year) => ({ series, year })));
      const setup = compileMonteCarlo(samplePlan, scenario, { seed, series: [], samples });
      const m = setup.model;
      expect(m.energy.active).toBe(true);
      const count = 29;
      const part = simulateBlocks(m, { firstBlock: 0, blockCount: 1, totalPaths: count });
      const { z, u: uniforms } = blockDraws(m, count);
      const values = new Float64Array(PRIMITIVE_COUNT * m.years);
      for (let j = 0; j < count; j++) {
        evaluatePath(m, z[j], uniforms[j], values);
        m.samples.forEach((r, k) => {
          const expected = r.valueIndex < 0 ? r.b : r.a * values[r.valueIndex] + r.b;
          expect(part.samples[k][j]).toBe(Math.fround(expected));
        });
      }
    }), fcRuns(30));
  });
});

/** The projection of `scenario` with every rate moved by one path's shocks (an independent write-out of the equations). */
function projectWithShocks(scenario: ResolvedScenario, m: McModel, z: Float64Array, u: Float64Array) {
  const yearly = expandAssumptions(scenario);
  const linked = linkedEnergyInputs(defaultPlan, scenario);
  const n = m.years, cols = m.normalsPerYear;
  const L = m.factor, rho = m.persistence, c = Math.sqrt(1 - rho * rho);
  const e = [0, 0, 0];
  const h = [0, 0, 0];
  let ed = 0, ep = 0, hk = 0;
  const g = m.energy;
  const energy = linked.energy && { ...linked.energy, intensityChange: { primary: [] as number[], secondary: [] as number[], tertiary: [] as number[] } };
  const carbon: number[] = [];
  const shocked = { ...yearly, realGrowth: { primary: [] as number[], secondary: [] as number[], tertiary: [] as number[] }, deflator: { primary: [] as number[], secondary: [] as number[], tertiary: [] as number[] }, populationGrowth: [] as number[] };
  for (let t = 0; t < n; t++) {
    const w = [0, 1, 2].map((i) => L[i * 3] * z[t * cols] + L[i * 3 + 1] * z[t * cols + 1] + L[i * 3 + 2] * z[t * cols + 2]);
    for (let i = 0; i < 3; i++) e[i] = t === 0 ? w[i] : rho * e[i] + c * w[i];
    const jump = m.rareColumn >= 0 && u[t] < m.rareProbability ? m.rareMean + m.rareSd * z[t * cols + m.rareColumn] : 0;
    if (m.deflatorColumn >= 0) ed = t === 0 ? z[t * cols + m.deflatorColumn] : rho * ed + c * z[t * cols + m.deflatorColumn];
    if (m.populationColumn >= 0) ep = t === 0 ? z[t * cols + m.populationColumn] : rho * ep + c * z[t * cols + m.populationColumn];
    SECTORS.forEach((s, i) => {
      shocked.realGrowth[s].push((1 + yearly.realGrowth[s][t]) * Math.exp(m.sectorVolatility[i] * e[i] + jump) - 1);
      shocked.deflator[s].push((1 + yearly.deflator[s][t]) * Math.exp(m.deflatorColumn >= 0 ? m.deflatorVolatility * ed : 0) - 1);
    });
    shocked.populationGrowth.push((1 + yearly.populationGrowth[t]) * Math.exp(m.populationColumn >= 0 ? m.populationVolatility * ep : 0) - 1);
    // Energy: each sector's intensity shock is r x its growth shock + sqrt(1 - r^2) x its own AR(1) shock.
    if (g.column >= 0) for (let i = 0; i < 3; i++) h[i] = t === 0 ? z[t * cols + g.column + i] : rho * h[i] + c * z[t * cols + g.column + i];
    if (g.carbonColumn >= 0) hk = t === 0 ? z[t * cols + g.carbonColumn] : rho * hk + c * z[t * cols + g.carbonColumn];
    if (energy) SECTORS.forEach((s, i) => energy.intensityChange[s].push((1 + linked.energy!.intensityChange[s][t]) * Math.exp(g.column >= 0 ? g.volatility[i] * (g.growthCorrelation * e[i] + Math.sqrt(1 - g.growthCorrelation ** 2) * h[i]) : 0) - 1));
    if (linked.carbonPerEnergyChange) carbon.push((1 + linked.carbonPerEnergyChange[t]) * Math.exp(g.carbonColumn >= 0 ? g.carbonVolatility * hk : 0) - 1);
  }
  return projectYearly(defaultPlan, { scenarioId: scenario.id, baseYear: scenario.baseYear, yearly: shocked, ...linked, ...(energy ? { energy } : {}), ...(linked.carbonPerEnergyChange ? { carbonPerEnergyChange: carbon } : {}) });
}

describe('single-path equations', () => {
  it('equal the deterministic projection run with the path\'s realised rates', () => {
    // Structural energy and carbon, population exogenous (jobs mode is not in the path model).
    const trend = builtin('historical-trend');
    const base = { ...trend, assumptions: { ...trend.assumptions, population: { growth: 0.03 } } };
    fc.assert(fc.property(energyUncertaintyArb, fc.nat({ max: 0xffffffff }), (unc, seed) => {
      const scenario = { ...base, uncertainty: unc };
      const setup = compileMonteCarlo(defaultPlan, scenario, { seed });
      const m = setup.model;
      const { z, u } = blockDraws(m, 3);
      const values = new Float64Array(PRIMITIVE_COUNT * m.years);
      for (let j = 0; j < 3; j++) {
        evaluatePath(m, z[j], u[j], values);
        const reference = projectWithShocks(scenario, m, z[j], u[j]);
        for (const series of ['gdpNominal', 'gdpReal', 'realGrowth', 'gdpDeflatorIndex', 'shares.tertiary', 'valueAddedNominal.primary', 'population', 'gdpPerCapita', 'priceIndex.tertiary', 'realGrowthChained', ...ENERGY_SERIES, 'energyUse.secondary', 'co2IntensityChangeSinceBase']) {
          const entry = setup.catalogue.get(series)!;
          const ref = seriesAt(reference.series, series)!;
          for (let t = 1; t <= m.years; t++) {
            const ours = entry.source.kind === 'primitive' ? entry.source.a[t] * values[entry.source.primitive * m.years + t - 1] + entry.source.b[t] : entry.deterministic[t];
            expect(Math.abs(ours - ref[t]) / Math.max(1, Math.abs(ref[t])), `${series}[${t}]`).toBeLessThan(1e-12);
          }
        }
      }
    }), fcRuns(25));
  });
});
