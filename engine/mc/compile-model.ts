/**
 * Compiles a resolved scenario, its plan and the options into what a run needs: the McModel that
 * crosses to workers (numbers and typed arrays only) and the McSetup the caller keeps to summarise.
 */
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { project } from '../model/project';
import { seriesAt } from '../model/series-path';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { DEFAULT_PATH_LIMIT, DEFAULT_PATHS, DEFAULT_QUANTILES, DEFAULT_SEED, DEFAULT_TOLERANCE } from './mc-defaults';
import type { McModel, McOptions, SeriesYear } from './mc-types';
import { PRIMITIVE_COUNT, PRIMITIVES, KIND, ENERGY_KINDS } from './primitive-kinds';
import { scrambleSeed } from './rng/splitmix32';
import { readoutOf, seriesCatalogue, type CatalogueEntry } from './series-catalogue';
import { layoutSlots, type SlotSpec } from './histogram/slots';
import { logSpread } from './histogram/spread';
import { checkMcOptions } from './validate-options';
import { plannedPath, shockParameters, spreadInputsOf } from './model-inputs';
import { candidateTargets, compileTargets, type TargetMeta } from './compile-targets';
import { compileEnergyStage } from './energy-stage';
import { compileJobsStage } from './jobs-stage';

export type { TargetMeta };

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
  /** Year indices (0 = base year) whose quantiles and means are summarised: 1 = yes (default: every year). */
  summarised: Uint8Array;
  /** Histogram slot of each tracked primitive by year index t (entry t; -1: that year has no slot). */
  slotOf: Map<number, Int32Array>;
  targets: TargetMeta[];
  histograms: (SeriesYear & { bins?: number })[];
  sampleRequests: SeriesYear[];
}

const noUncertainty = (value: unknown) =>
  new PlanpathError('invalid-request', [
    issue('uncertainty', value, { en: 'the scenario has no uncertainty block, so there is nothing to simulate', zh: '情景没有 uncertainty(不确定性)设置,无从模拟' }, { en: 'an "uncertainty" block with at least "realGrowthVolatility" (in the scenario or one it extends)', zh: '至少含 "realGrowthVolatility" 的 "uncertainty" 块(在本情景或其继承的情景中)' }),
  ]);

/** The energy and CO2 primitives' raw indices: the projection's series relative to their base-year value. */
const RAW_OF: Record<number, 'energyUseIndex' | 'energyIntensityIndex' | 'co2EmissionsIndex' | 'co2IntensityIndex'> = {
  [KIND.energyUseRaw]: 'energyUseIndex',
  [KIND.energyIntensityRaw]: 'energyIntensityIndex',
  [KIND.co2EmissionsRaw]: 'co2EmissionsIndex',
  [KIND.co2IntensityRaw]: 'co2IntensityIndex',
};

/** The deterministic value of primitive `kind` in year index t (1 = first projected year). */
function primitiveCenter(p: Projection, kind: number, t: number): number {
  if (kind === KIND.growthFactor) return 1 + p.series.realGrowth[t];
  if (kind === KIND.chainedGrowthFactor) return 1 + p.series.realGrowthChained[t];
  if (kind === KIND.priceFactor) return 1;
  const raw = RAW_OF[kind];
  if (raw) return p.series[raw][t] / p.series[raw][0];
  return seriesAt(p.series, PRIMITIVES[kind])?.[t] ?? NaN;
}

const isEnergyKind = (k: number) => k >= ENERGY_KINDS.first && k <= ENERGY_KINDS.last;

/** The last year index (0 = first projected year) the energy stage must compute: the last one a slot, target or sample reads. */
function energyLastYear(readouts: { valueIndex: number }[], n: number): number {
  let last = -1;
  for (const r of readouts) if (r.valueIndex >= 0 && isEnergyKind(Math.floor(r.valueIndex / n))) last = Math.max(last, r.valueIndex % n);
  return last;
}

/** Compiles a run. @throws PlanpathError for a scenario without uncertainty or bad options. */
export function compileMonteCarlo(plan: PlanData, scenario: ResolvedScenario, options: McOptions = {}): McSetup {
  if (!scenario.uncertainty) throw noUncertainty(scenario.uncertainty);
  const projection = project(plan, scenario);
  const n = projection.years.length - 1;
  const { entries: catalogue } = seriesCatalogue(projection, { structuralCarbon: scenario.assumptions.carbon !== undefined });
  checkMcOptions(options, new Set(catalogue.keys()), projection.years, candidateTargets(projection).map((t) => t.id));
  const seed = options.seed ?? scenario.seed ?? DEFAULT_SEED;
  const adaptive = options.adaptive ?? false;
  const base = shockParameters(scenario.uncertainty);
  const { stage: energy, columns: energyColumns } = compileEnergyStage(plan, scenario, projection, scenario.uncertainty, base.normalsPerYear);
  const shocks = { ...base, normalsPerYear: base.normalsPerYear + energyColumns };
  const planned = plannedPath(projection);
  const jobs = compileJobsStage(plan, scenario, projection);
  const spread = { ...spreadInputsOf(shocks, planned, projection, energy), jobsPopulation: jobs.active };

  // A primitive that no shock reaches (e.g. population without population shocks) is deterministic:
  // report the projection's values exactly instead of a histogram of identical values.
  for (const [path, entry] of catalogue) {
    const src = entry.source;
    if (src.kind === 'primitive' && Array.from({ length: n }, (_, t) => logSpread(src.primitive, t + 1, spread)).every((x) => x === 0)) {
      catalogue.set(path, { ...entry, source: { kind: 'deterministic' } });
    }
  }
  // Series to report, the years summarised, and the (primitive, year) slots they and the histograms need.
  // A slot is counted on every path, so a year nobody reads costs as much as one the output shows.
  const outputs = options.series ? options.series.map((s) => catalogue.get(s)!) : [...catalogue.values()];
  const histograms = options.histograms ?? [];
  const summarised = new Uint8Array(n + 1);
  for (let t = 0; t <= n; t++) summarised[t] = options.years === undefined || options.years.includes(projection.years[t]) ? 1 : 0;
  const slotYears = new Map<number, Set<number>>();
  const wantSlot = (e: CatalogueEntry, t: number) => {
    if (e.source.kind !== 'primitive' || t < 1) return;
    const years = slotYears.get(e.source.primitive) ?? new Set<number>();
    slotYears.set(e.source.primitive, years.add(t));
  };
  for (const e of outputs) for (let t = 1; t <= n; t++) if (summarised[t] === 1) wantSlot(e, t);
  for (const h of histograms) wantSlot(catalogue.get(h.series)!, h.year - projection.baseYear);
  const tracked = [...slotYears.keys()].sort((a, b) => a - b);
  const { targets, checks, joint } = compileTargets(plan, projection, catalogue, options.joint);
  const sampleRequests = options.samples ?? [];
  const samples = sampleRequests.map((s) => readoutOf(catalogue.get(s.series)!, s.year - scenario.baseYear, n));

  const need = new Uint8Array(PRIMITIVE_COUNT);
  for (const k of tracked) need[k] = 1;
  for (const r of [...checks.map((c) => c.readout), ...samples]) if (r.valueIndex >= 0) need[Math.floor(r.valueIndex / n)] = 1;
  const specs: SlotSpec[] = [];
  const slotOf = new Map<number, Int32Array>();
  for (const k of tracked) {
    const byYear = new Int32Array(n + 1).fill(-1);
    slotOf.set(k, byYear);
    const isShare = k >= KIND.shares && k < KIND.shares + 3;
    for (let t = 1; t <= n; t++) {
      if (!slotYears.get(k)!.has(t)) continue;
      byYear[t] = specs.length;
      specs.push({ valueIndex: k * n + t - 1, center: primitiveCenter(projection, k, t), logSd: logSpread(k, t, spread), ...(isShare ? { max: 1 } : {}) });
    }
  }
  const { sectorVolatility, ...shockRest } = shocks;
  const model: McModel = {
    scrambledSeed: scrambleSeed(seed),
    years: n,
    ...planned,
    ...shockRest,
    sectorVolatility: Float64Array.from(sectorVolatility),
    averagePopulationPerCapita: scenario.schemaVersion === 2,
    energy: { ...energy, active: energy.active && need.some((x, k) => x === 1 && k >= ENERGY_KINDS.first && k <= ENERGY_KINDS.last), lastYear: energyLastYear([...specs, ...checks.map((c) => c.readout), ...samples], n) },
    jobs: { ...jobs, active: jobs.active && (need[KIND.population] === 1 || need[KIND.gdpPerCapita] === 1) },
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
    outputs, summarised, catalogue, slotOf, targets, histograms, sampleRequests,
  };
}
