/**
 * Compiles a resolved scenario, its plan and the options into what a run needs: the McModel that
 * crosses to workers (numbers and typed arrays only) and the McSetup the caller keeps to summarise.
 */
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import type { TargetResult } from '../scorecard/scorecard-types';
import { project } from '../model/project';
import { SECTORS, type ResolvedScenario, type UncertaintySpec } from '../scenario/scenario-types';
import { correlationFactor } from './linear/correlation-factor';
import { DEFAULT_PATH_LIMIT, DEFAULT_PATHS, DEFAULT_QUANTILES, DEFAULT_SEED, DEFAULT_TOLERANCE } from './mc-defaults';
import type { McModel, McOptions, SeriesYear, TargetCheck } from './mc-types';
import { PRIMITIVE_COUNT, PRIMITIVES, KIND } from './primitive-kinds';
import { seriesAt } from '../model/series-path';
import { scrambleSeed } from './rng/splitmix32';
import { readoutOf, seriesCatalogue, type CatalogueEntry } from './series-catalogue';
import { layoutSlots, type SlotSpec } from './histogram/slots';
import { logSpread, type SpreadInputs } from './histogram/spread';
import { checkMcOptions } from './validate-options';

/** A target judged on every path, with what the summary reports about it. */
export interface TargetMeta {
  result: TargetResult;
  /** The series does not depend on the shocks. */
  deterministic: boolean;
}

/** Everything the caller keeps to run batches and summarise (main thread only). */
export interface McSetup {
  model: McModel;
  projection: Projection;
  seed: number;
  /** Paths of a fixed run, or the limit of an adaptive one. */
  paths: number;
  adaptive: boolean;
  tolerance: number;
  quantileLevels: number[];
  /** Series reported, in projection order. */
  outputs: CatalogueEntry[];
  /** Every series the Monte Carlo knows (for histograms of any series). */
  catalogue: Map<string, CatalogueEntry>;
  /** First histogram slot of each tracked primitive (its years follow in order). */
  slotOfPrimitive: Map<number, number>;
  targets: TargetMeta[];
  histograms: (SeriesYear & { bins?: number })[];
  sampleRequests: SeriesYear[];
}

const noUncertainty = (value: unknown) =>
  new PlanpathError('invalid-request', [
    issue('uncertainty', value, { en: 'the scenario has no uncertainty block, so there is nothing to simulate', zh: '情景没有 uncertainty(不确定性)设置,无从模拟' }, { en: 'an "uncertainty" block with at least "realGrowthVolatility" (in the scenario or one it extends)', zh: '至少含 "realGrowthVolatility" 的 "uncertainty" 块(在本情景或其继承的情景中)' }),
  ]);

/** Sector volatilities as three numbers. */
function sectorVolatilities(u: UncertaintySpec): number[] {
  const v = u.realGrowthVolatility;
  return SECTORS.map((s) => (typeof v === 'number' ? v : v[s]));
}

/** Compiles a run. @throws PlanpathError for a scenario without uncertainty or bad options. */
export function compileMonteCarlo(plan: PlanData, scenario: ResolvedScenario, options: McOptions = {}): McSetup {
  const u = scenario.uncertainty;
  if (!u) throw noUncertainty(u);
  const projection = project(plan, scenario);
  const n = projection.years.length - 1;
  const { entries: catalogue } = seriesCatalogue(projection);
  const candidateTargets = projection.targets.filter((t) => t.basis === 'model' && (t.status === 'met' || t.status === 'missed') && t.year > scenario.baseYear);
  checkMcOptions(options, new Set(catalogue.keys()), projection.years, candidateTargets.map((t) => t.id));

  const seed = options.seed ?? scenario.seed ?? DEFAULT_SEED;
  const adaptive = options.adaptive ?? false;
  const persistence = u.persistence ?? 0;
  const sigma = sectorVolatilities(u);
  const deflatorVolatility = u.deflatorVolatility ?? 0;
  const populationVolatility = u.populationGrowthVolatility ?? 0;
  const rare = u.shocks && u.shocks.probabilityPerYear > 0 ? u.shocks : undefined;
  let cols = 3;
  const deflatorColumn = deflatorVolatility > 0 ? cols++ : -1;
  const populationColumn = populationVolatility > 0 ? cols++ : -1;
  const rareColumn = rare ? cols++ : -1;
  const correlation = u.correlation ?? [[1, 0, 0], [0, 1, 0], [0, 0, 1]];

  // The planned path is the deterministic projection's, whatever drives it (sector rates, or capital
  // in investment growth mode): shocks multiply its year-on-year real growth, price and population factors.
  const ps = projection.series;
  const growth = new Float64Array(3 * n);
  const price = new Float64Array(3 * n);
  SECTORS.forEach((s, k) => {
    for (let t = 0; t < n; t++) {
      growth[t * 3 + k] = ps.valueAddedReal[s][t + 1] / ps.valueAddedReal[s][t];
      price[t * 3 + k] = ps.priceIndex[s][t + 1];
    }
  });

  const spreadInputs: SpreadInputs = {
    sectorVolatility: sigma, deflatorVolatility, populationVolatility, persistence,
    rareProbability: rare?.probabilityPerYear ?? 0, rareMean: rare?.meanLogImpact ?? 0, rareSd: rare?.sdLogImpact ?? 0,
    logPriceRange: Array.from({ length: n }, (_, t) => { const l = [0, 1, 2].map((k) => Math.log(price[t * 3 + k])); return Math.max(...l) - Math.min(...l); }),
  };
  // A primitive that no shock reaches (e.g. population without population shocks) is deterministic:
  // report the projection's values exactly instead of a histogram of identical values.
  for (const [path, entry] of catalogue) {
    const src = entry.source;
    if (src.kind === 'primitive' && Array.from({ length: n }, (_, t) => logSpread(src.primitive, t + 1, spreadInputs)).every((x) => x === 0)) {
      catalogue.set(path, { ...entry, source: { kind: 'deterministic' } });
    }
  }
  // Which series to report, and which primitives they (and histograms) need.
  const outputs = options.series ? options.series.map((s) => catalogue.get(s)!) : [...catalogue.values()];
  const histograms = options.histograms ?? [];
  const tracked = new Set<number>();
  for (const e of [...outputs, ...histograms.map((h) => catalogue.get(h.series)!)]) if (e.source.kind === 'primitive') tracked.add(e.source.primitive);

  const targets: TargetMeta[] = [];
  const checks: TargetCheck[] = [];
  for (const result of candidateTargets) {
    const ind = plan.indicators.find((i) => i.id === result.id)!;
    const entry = catalogue.get(ind.model!.series);
    if (!entry) continue;
    const readout = readoutOf(entry, result.year - scenario.baseYear, n, ind.model!.scale);
    targets.push({ result, deterministic: readout.valueIndex < 0 });
    // Same shape for every check (min and max always present) keeps the kernel's property access monomorphic.
    checks.push({ readout, comparator: result.comparator, value: result.target, min: result.min, max: result.max });
  }
  const jointIds = options.joint ?? targets.filter((t) => t.result.year === plan.period.to && !t.result.proxyAssumption).map((t) => t.result.id);
  const joint = targets.map((t, k) => (jointIds.includes(t.result.id) ? k : -1)).filter((k) => k >= 0);

  const sampleRequests = options.samples ?? [];
  const samples = sampleRequests.map((s) => readoutOf(catalogue.get(s.series)!, s.year - scenario.baseYear, n));

  const need = new Uint8Array(PRIMITIVE_COUNT);
  for (const k of tracked) need[k] = 1;
  for (const r of [...checks.map((c) => c.readout), ...samples]) if (r.valueIndex >= 0) need[Math.floor(r.valueIndex / n)] = 1;

  const specs: SlotSpec[] = [];
  const slotOfPrimitive = new Map<number, number>();
  for (const k of [...tracked].sort((a, b) => a - b)) {
    slotOfPrimitive.set(k, specs.length);
    for (let t = 0; t < n; t++) specs.push({ valueIndex: k * n + t, center: primitiveCenter(projection, k, t + 1), logSd: logSpread(k, t + 1, spreadInputs) });
  }

  const model: McModel = {
    scrambledSeed: scrambleSeed(seed),
    years: n,
    normalsPerYear: cols,
    deflatorColumn, populationColumn, rareColumn,
    baseValueAdded: Float64Array.from(SECTORS.map((s) => ps.valueAddedReal[s][0])),
    basePopulation: ps.population[0],
    growth, price,
    populationGrowth: Float64Array.from({ length: n }, (_, t) => ps.population[t + 1] / ps.population[t]),
    sectorVolatility: Float64Array.from(sigma),
    factor: Float64Array.from(correlationFactor(correlation).flat()),
    persistence,
    innovationScale: Math.sqrt(Math.max(0, 1 - persistence * persistence)),
    deflatorVolatility, populationVolatility,
    rareProbability: rare?.probabilityPerYear ?? 0,
    rareMean: rare?.meanLogImpact ?? 0,
    rareSd: rare?.sdLogImpact ?? 0,
    need,
    stateNeeded: need.some((x, k) => x === 1 && k !== KIND.gdpNominal && !(k >= KIND.shares && k < KIND.shares + 3)),
    derivedNeeded: [KIND.growthFactor, KIND.gdpDeflatorIndex, KIND.valueAddedNominal, KIND.valueAddedNominal + 1, KIND.valueAddedNominal + 2, KIND.gdpPerCapita].some((k) => need[k] === 1),
    slots: layoutSlots(specs),
    targets: checks,
    joint,
    samples,
  };
  return {
    model, projection, seed,
    paths: options.paths ?? (adaptive ? DEFAULT_PATH_LIMIT : DEFAULT_PATHS),
    adaptive,
    tolerance: options.tolerance ?? DEFAULT_TOLERANCE,
    quantileLevels: options.quantiles ?? [...DEFAULT_QUANTILES],
    outputs, catalogue, slotOfPrimitive, targets, histograms, sampleRequests,
  };
}

/** The deterministic value of primitive `kind` in year index t (1 = first projected year). */
function primitiveCenter(p: Projection, kind: number, t: number): number {
  if (kind === KIND.growthFactor) return 1 + p.series.realGrowth[t];
  if (kind === KIND.priceFactor) return 1;
  return seriesAt(p.series, PRIMITIVES[kind])?.[t] ?? NaN;
}
