/**
 * The benchmark workload (issue 3): 1,000,000 paths x 15 years (2021-2035) x 3 correlated sectors
 * with persistence, on the Wuhan plan's historical-trend scenario with its sector volatilities,
 * correlation and persistence, and no price or population shocks (so both implementations draw exactly
 * 45 million normals). Outputs: per-year quantiles of nominal GDP and the services share, and the
 * joint probability of the 2025 targets.
 */
// Direct module imports: engine/index would also load goal seek and mathjs (about 90 MB), which the
// Monte Carlo does not use and which would count against the memory budget.
import { compileMonteCarlo } from '../engine/mc/compile-model';
import type { McOptions } from '../engine/mc/mc-types';
import { resolveScenario } from '../engine/scenario/resolve';
import type { ResolvedScenario } from '../engine/scenario/scenario-types';
import { defaultPlan } from '../data/index';
import { builtinScenario } from '../scenarios/index';
import workloadScenario from './workload-scenario.json' with { type: 'json' };
import type { McRequest } from '../runtime/index';

/** Paths of the main measurement, and the seed of every run. */
export const BENCH_PATHS = 1_000_000;
export const BENCH_SEED = 20210101;

/**
 * The scenario: the benchmark's workload as defined when it was set (issue 3): historical trend in its
 * schema-1 form (bench/workload-scenario.json, a copy of the built-in as it was, exogenous energy and
 * population), sector shocks only (no price or population shocks). So the TypeScript engine and the
 * NumPy references do the same work: 3 correlated AR(1) sectors, nominal GDP and the services share.
 * The linked model's extra stages (energy from the sector mix, jobs) are timed by the CLI row instead.
 */
export function benchScenario(): ResolvedScenario {
  const s = resolveScenario(workloadScenario, (id) => builtinScenario(id), defaultPlan);
  return { ...s, uncertainty: { ...s.uncertainty!, deflatorVolatility: 0, populationGrowthVolatility: 0 } };
}

/** A request for `paths` paths (quantiles of GDP and the services share; the default joint 2025 set). */
export function benchRequest(paths: number, extra: McOptions = {}): McRequest {
  return { plan: defaultPlan, scenario: benchScenario(), options: { paths, seed: BENCH_SEED, series: ['gdpNominal', 'shares.tertiary'], ...extra } };
}

/** The same workload as JSON for bench/mc_numpy.py, read off the compiled engine model. */
export function numpyWorkload(paths: number): unknown {
  const setup = compileMonteCarlo(defaultPlan, benchScenario(), benchRequest(paths).options);
  const m = setup.model;
  const planEnd = defaultPlan.period.to - setup.projection.baseYear - 1;
  const joint = m.joint.map((k) => setup.targets[k]);
  return {
    paths,
    years: m.years,
    seed: BENCH_SEED,
    baseValueAdded: Array.from(m.baseValueAdded),
    growth: Array.from(m.growth),
    price: Array.from(m.price),
    sigma: Array.from(m.sectorVolatility),
    factor: Array.from(m.factor),
    persistence: m.persistence,
    quantiles: setup.quantileLevels,
    // Random joint targets as thresholds in series units (>= only, as in the Wuhan plan); the
    // deterministic ones (population without population shocks) are judged once.
    joint: joint.filter((t) => !t.deterministic).map((t) => {
      const ind = defaultPlan.indicators.find((i) => i.id === t.result.id)!;
      return { series: ind.model!.series, t: planEnd, threshold: t.result.target / ind.model!.scale };
    }),
    jointFixed: joint.filter((t) => t.deterministic).every((t) => t.result.met === true),
  };
}
