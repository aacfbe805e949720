/**
 * Shared inputs of the Monte Carlo, runtime and sensitivity tests: the plans, scenario builders, and
 * fast-check settings (the seed comes from FC_SEED when set; fast-check prints it on failure).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { resolveScenario, type PlanData, type ResolvedScenario, type ScenarioFile, type UncertaintySpec } from '../../../engine/index';
import { defaultPlan } from '../../../data/index';
import { builtinScenario } from '../../../scenarios/index';

/** The fictional sample county (base 2020: GDP 200 亿元 = 20 + 80 + 100; target 300 亿元 in 2025). */
export const samplePlan = JSON.parse(readFileSync(new URL('../../fixtures/sample-plan.json', import.meta.url), 'utf8')) as PlanData;
export { defaultPlan };

/** fast-check parameters: `numRuns` runs, the seed from FC_SEED when set. */
export const fcRuns = (numRuns: number): fc.Parameters<unknown> => (process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), numRuns } : { numRuns });

/** A built-in scenario, resolved against the Wuhan plan. */
export function builtin(id: string): ResolvedScenario {
  return resolveScenario(builtinScenario(id), (x) => builtinScenario(x), defaultPlan);
}

/** A scenario for the sample plan: base 2020, constant rates, the given uncertainty block. */
export function sampleScenario(uncertainty: UncertaintySpec | undefined, over: Partial<ScenarioFile> = {}): ResolvedScenario {
  const file: ScenarioFile = {
    schemaVersion: 1,
    id: 'mc-test',
    name: { zh: '测试', en: 'Test' },
    baseYear: 2020,
    endYear: 2030,
    assumptions: { realGrowth: { primary: 0.03, secondary: 0.06, tertiary: 0.08 }, deflator: 0.02, population: { growth: 0.01 }, energyIntensityChange: -0.03, co2IntensityChange: -0.04 },
    ...(uncertainty ? { uncertainty } : {}),
    ...over,
  };
  return resolveScenario(file, () => undefined, samplePlan);
}

/** A valid correlation matrix: rows of a random 3 x k matrix normalised, C = A A^T (PSD, unit diagonal; rank k). */
export const correlationArb: fc.Arbitrary<number[][]> = fc
  .integer({ min: 1, max: 3 })
  .chain((k) => fc.array(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: k, maxLength: k }), { minLength: 3, maxLength: 3 }))
  .filter((rows) => rows.every((r) => Math.hypot(...r) > 0.1))
  .map((rows) => {
    const unit = rows.map((r) => r.map((x) => x / Math.hypot(...r)));
    // A dot product of two unit vectors can round to 1 + 2^-52: clamp into [-1, 1], as the scenario check requires.
    return unit.map((a, i) => unit.map((b, j) => (i === j ? 1 : Math.max(-1, Math.min(1, a.reduce((s, x, m) => s + x * b[m], 0))))));
  });

/** A valid uncertainty block with every optional part sometimes present. */
export const uncertaintyArb: fc.Arbitrary<UncertaintySpec> = fc.record(
  {
    realGrowthVolatility: fc.oneof(fc.double({ min: 0, max: 0.15, noNaN: true }), fc.record({ primary: fc.double({ min: 0, max: 0.15, noNaN: true }), secondary: fc.double({ min: 0, max: 0.15, noNaN: true }), tertiary: fc.double({ min: 0, max: 0.15, noNaN: true }) })),
    correlation: correlationArb,
    persistence: fc.double({ min: -0.9, max: 1, noNaN: true }),
    deflatorVolatility: fc.double({ min: 0, max: 0.05, noNaN: true }),
    populationGrowthVolatility: fc.double({ min: 0, max: 0.05, noNaN: true }),
    shocks: fc.record({ probabilityPerYear: fc.double({ min: 0, max: 0.3, noNaN: true }), meanLogImpact: fc.double({ min: -0.2, max: 0.05, noNaN: true }), sdLogImpact: fc.double({ min: 0, max: 0.1, noNaN: true }) }),
  },
  { requiredKeys: ['realGrowthVolatility'] },
);
