/**
 * Turns a merged accumulator into the McResult a caller sees: quantiles and means of every requested
 * series per year, the probability of each target, the joint probability and the histograms.
 * A series that is a decreasing affine map of its primitive (a < 0) takes the mirrored quantile.
 */
import { DEFAULT_HISTOGRAM_BINS } from './mc-defaults';
import type { McHistogram, McResult, StopReason } from './mc-types';
import type { McSetup } from './compile-model';
import { slotSum, type McAccumulator } from './accumulator';
import { estimateProbability, conservativeStandardError } from './probability';
import { slotHistogram, slotQuantile, slotQuantiles, type SlotCounts } from './histogram/quantile';
import type { CatalogueEntry } from './series-catalogue';

/** Display range of histograms: these quantiles of the distribution (the rest counts as below/above). */
const HISTOGRAM_RANGE = [0.001, 0.999] as const;

/** The histogram slot of `primitive` in year index t (compiled for every summarised year and histogram). */
function slotIndex(setup: McSetup, primitive: number, t: number): number {
  const q = setup.slotOf.get(primitive)?.[t] ?? -1;
  if (q < 0) throw new Error(`no histogram slot for primitive ${primitive}, year index ${t}`);
  return q;
}

function slotCounts(setup: McSetup, acc: McAccumulator, primitive: number, t: number): SlotCounts {
  const q = slotIndex(setup, primitive, t);
  return { slots: setup.model.slots, counts: acc.counts, q, min: acc.minMax[2 * q], max: acc.minMax[2 * q + 1], total: acc.paths };
}

/**
 * The quantiles of the tracked slots, each slot scanned once for every level a series may ask of it
 * (p, and 1 - p for a decreasing map), lazily: many series read the same primitive (realGrowth and
 * gdpReal's indices read growthFactor and gdpReal, public services read population), so the default
 * 55 series x 5 levels x 15 years cost 300-odd slot scans instead of 4,000.
 */
function slotQuantileTable(setup: McSetup, acc: McAccumulator): (primitive: number, t: number, p: number) => number {
  const levels = [...new Set(setup.quantileLevels.flatMap((p) => [p, 1 - p]))].sort((x, y) => x - y);
  const at = new Map(levels.map((p, k) => [p, k]));
  const bySlot = new Map<number, number[]>();
  return (primitive, t, p) => {
    const c = slotCounts(setup, acc, primitive, t);
    let values = bySlot.get(c.q);
    if (!values) bySlot.set(c.q, (values = slotQuantiles(c, levels)));
    return values[at.get(p)!];
  };
}

/** Quantiles of one series per year (index 0 = base year; NaN in a year not summarised). */
function seriesQuantiles(setup: McSetup, e: CatalogueEntry, quantile: (primitive: number, t: number, p: number) => number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const p of setup.quantileLevels) {
    out[String(p)] = e.deterministic.map((det, t) => {
      if (setup.summarised[t] === 0) return NaN;
      if (e.source.kind === 'deterministic' || t === 0) return det;
      const a = e.source.a[t];
      return a * quantile(e.source.primitive, t, a >= 0 ? p : 1 - p) + e.source.b[t];
    });
  }
  return out;
}

/** Mean of one series per year (index 0 = base year; NaN in a year not summarised). */
function seriesMean(setup: McSetup, acc: McAccumulator, e: CatalogueEntry): number[] {
  const slotCount = setup.model.slots.count;
  return e.deterministic.map((det, t) => {
    if (setup.summarised[t] === 0) return NaN;
    if (e.source.kind === 'deterministic' || t === 0) return det;
    const q = slotIndex(setup, e.source.primitive, t);
    return e.source.a[t] * (slotSum(acc, q, slotCount) / acc.paths) + e.source.b[t];
  });
}

function histogram(setup: McSetup, acc: McAccumulator, series: string, year: number, bins: number): McHistogram {
  const e = setup.catalogue.get(series)!;
  const t = year - setup.projection.baseYear;
  if (e.source.kind === 'deterministic') {
    const v = e.deterministic[t];
    return { series, year, edges: [v, v], counts: [acc.paths], below: 0, above: 0 };
  }
  const { a, b } = { a: e.source.a[t], b: e.source.b[t] };
  const c = slotCounts(setup, acc, e.source.primitive, t);
  const lo = slotQuantile(c, HISTOGRAM_RANGE[0]);
  const hi = slotQuantile(c, HISTOGRAM_RANGE[1]);
  return { series, year, ...slotHistogram(c, lo, hi, bins, (x) => a * x + b) };
}

/** Largest standard error (Laplace-adjusted) among the probabilities that depend on the shocks. */
export function maxStandardError(setup: McSetup, acc: McAccumulator): number {
  let worst = 0;
  setup.targets.forEach((t, k) => {
    if (!t.deterministic) worst = Math.max(worst, conservativeStandardError(acc.targetHits[k], acc.paths));
  });
  const jointRandom = setup.model.joint.some((k) => !setup.targets[k].deterministic);
  if (jointRandom) worst = Math.max(worst, conservativeStandardError(acc.jointHits, acc.paths));
  return worst;
}

/** The result of a run from its merged accumulator. */
export function summarize(setup: McSetup, acc: McAccumulator, stoppedBy: StopReason): McResult {
  const quantiles: McResult['quantiles'] = {};
  const mean: McResult['mean'] = {};
  const deterministic: McResult['deterministic'] = {};
  const quantile = slotQuantileTable(setup, acc);
  for (const e of setup.outputs) {
    quantiles[e.path] = seriesQuantiles(setup, e, quantile);
    mean[e.path] = seriesMean(setup, acc, e);
    deterministic[e.path] = e.deterministic.slice();
  }
  const targets = setup.targets.map((t, k) => {
    const r = t.result;
    return {
      id: r.id, year: r.year, target: r.target, comparator: r.comparator,
      ...(r.min !== undefined ? { min: r.min } : {}), ...(r.max !== undefined ? { max: r.max } : {}),
      unit: r.unit,
      ...(r.proxyAssumption ? { proxyAssumption: r.proxyAssumption } : {}),
      ...estimateProbability(acc.targetHits[k], acc.paths),
      deterministicMet: r.met === true,
      deterministic: t.deterministic,
    };
  });
  const joint = { ids: setup.model.joint.map((k) => setup.targets[k].result.id), ...estimateProbability(acc.jointHits, acc.paths) };
  return {
    scenarioId: setup.projection.scenarioId,
    planId: setup.projection.planId,
    seed: setup.seed,
    paths: acc.paths,
    stoppedBy,
    maxStandardError: maxStandardError(setup, acc),
    years: setup.projection.years.slice(),
    quantileLevels: setup.quantileLevels.slice(),
    quantiles, mean, deterministic, targets, joint,
    jointProbability: joint.probability,
    histograms: setup.histograms.map((h) => histogram(setup, acc, h.series, h.year, h.bins ?? DEFAULT_HISTOGRAM_BINS)),
    samples: setup.sampleRequests.map((s, k) => ({ ...s, values: acc.samples[k].slice(0, acc.paths) })),
  };
}
