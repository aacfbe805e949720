/**
 * How each series of a projection is read from a simulated path. A stochastic series is an exact
 * affine function a(t) x primitive(t) + b(t) of one primitive (see primitive-kinds.ts), so its
 * quantiles and mean follow from the primitive's histogram and sum without histogramming it again:
 *
 *   realGrowth        = growthFactor - 1
 *   gdpRealIndex      = gdpReal x (its deterministic ratio to gdpReal: 1 / reference real GDP)
 *   energyUseIndex    = gdpReal x (deterministic energyUseIndex / gdpReal), co2EmissionsIndex alike
 *   priceIndex.<s>    = priceFactor x deterministic priceIndex.<s>
 *   publicServices.*  = population x (deterministic need / population): need is linear in population
 * The factors are read from the deterministic projection itself, so they hold for any base (also a
 * re-anchored one) and any growth mode.
 *
 * In the structural energy mode (energy from the sector mix) and the structural carbon mode, energy
 * and CO2 come from their own primitives (energy-stage.ts: energyUse.<s>, and raw indices relative to
 * the base year, scaled by the series' base-year value):
 *   energyUseIndex = energyUseIndex(0) x energyUseRaw, energyIntensityIndex likewise,
 *   energyIntensityChangeSinceBase = energyIntensityIndex(0) x energyIntensityRaw - 1, CO2 alike.
 * Otherwise (exogenous intensity paths) the intensity indices and their changes are deterministic, as
 * are indicator paths. A series this file does not know is left out of Monte Carlo output rather than
 * guessed (see `omitted` of {@link seriesCatalogue}).
 */
import type { Projection } from '../model/projection-types';
import { flattenSeries } from '../model/series-path';
import { PRIMITIVES, type PrimitiveName } from './primitive-kinds';
import type { Readout } from './mc-types';

/** Where a series' values come from. `a` and `b` have one entry per year (index 0 = base year, unused). */
export type SeriesSource =
  | { kind: 'primitive'; primitive: number; a: number[]; b: number[] }
  | { kind: 'deterministic' };

/** One series of Monte Carlo output. */
export interface CatalogueEntry {
  path: string;
  source: SeriesSource;
  /** Values of the deterministic projection, baseYear ... endYear. */
  deterministic: number[];
}

/** Series that no shock reaches, by exact path or by prefix. */
const DETERMINISTIC_PATHS = new Set(['energyIntensityIndex', 'co2IntensityIndex', 'energyIntensityChangeSinceBase', 'co2IntensityChangeSinceBase']);
const DETERMINISTIC_PREFIXES = ['indicators.'];

/** Every series of `projection` the Monte Carlo can report, in projection order, and the paths it cannot. */
export function seriesCatalogue(projection: Projection, modes: { structuralCarbon: boolean } = { structuralCarbon: false }): { entries: Map<string, CatalogueEntry>; omitted: string[] } {
  const s = projection.series;
  const entries = new Map<string, CatalogueEntry>();
  const omitted: string[] = [];
  const direct = new Set<string>(PRIMITIVES.filter((p) => p !== 'growthFactor' && p !== 'priceFactor' && p !== 'chainedGrowthFactor'));
  const ones = (values: number[]) => values.map(() => 1);
  const ratio = (values: number[], of: number[]) => values.map((v, t) => (of[t] !== 0 ? v / of[t] : 0));
  const zeros = (values: number[]) => values.map(() => 0);
  const primitive = (name: PrimitiveName, a: number[], b: number[]): SeriesSource => ({ kind: 'primitive', primitive: PRIMITIVES.indexOf(name), a, b });
  const structuralEnergy = s.energyUse !== undefined;
  const constant = (values: number[], x: number) => values.map(() => x);
  // Raw energy and CO2 primitives for the structural modes: series = series(0) x raw (+ b).
  const raw: Record<string, { primitive: PrimitiveName; of: number[]; b: number } | undefined> = {
    ...(structuralEnergy
      ? {
          energyUseIndex: { primitive: 'energyUseRaw', of: s.energyUseIndex, b: 0 },
          energyIntensityIndex: { primitive: 'energyIntensityRaw', of: s.energyIntensityIndex, b: 0 },
          energyIntensityChangeSinceBase: { primitive: 'energyIntensityRaw', of: s.energyIntensityIndex, b: -1 },
        }
      : {}),
    ...(modes.structuralCarbon
      ? {
          co2EmissionsIndex: { primitive: 'co2EmissionsRaw', of: s.co2EmissionsIndex, b: 0 },
          co2IntensityIndex: { primitive: 'co2IntensityRaw', of: s.co2IntensityIndex, b: 0 },
          co2IntensityChangeSinceBase: { primitive: 'co2IntensityRaw', of: s.co2IntensityIndex, b: -1 },
        }
      : {}),
  };
  for (const [path, values] of flattenSeries(s)) {
    let source: SeriesSource | undefined;
    const r = raw[path];
    if (r) source = primitive(r.primitive, constant(values, r.of[0]), constant(values, r.b));
    else if (direct.has(path)) source = primitive(path as PrimitiveName, ones(values), zeros(values));
    else if (path === 'realGrowth') source = primitive('growthFactor', ones(values), values.map(() => -1));
    else if (path === 'realGrowthChained') source = primitive('chainedGrowthFactor', ones(values), values.map(() => -1));
    else if (path === 'gdpRealIndex' || path === 'energyUseIndex' || path === 'co2EmissionsIndex') source = primitive('gdpReal', ratio(values, s.gdpReal), zeros(values));
    else if (path.startsWith('priceIndex.')) source = primitive('priceFactor', values.slice(), zeros(values));
    else if (path.startsWith('publicServices.')) source = primitive('population', ratio(values, s.population), zeros(values));
    else if (DETERMINISTIC_PATHS.has(path) || DETERMINISTIC_PREFIXES.some((p) => path.startsWith(p))) source = { kind: 'deterministic' };
    if (source) entries.set(path, { path, source, deterministic: values.slice() });
    else omitted.push(path);
  }
  return { entries, omitted };
}

/**
 * The read-out of a series in year index `t` (0 = base year) for a path with `years` projected
 * years, scaled by `scale` (e.g. 100 for a share in %). The base year and deterministic series are
 * constants.
 */
export function readoutOf(entry: CatalogueEntry, t: number, years: number, scale = 1): Readout {
  const { source } = entry;
  if (source.kind === 'deterministic' || t === 0) return { valueIndex: -1, a: 0, b: entry.deterministic[t] * scale };
  return { valueIndex: source.primitive * years + (t - 1), a: source.a[t] * scale, b: source.b[t] * scale };
}

/** The value of a read-out on a path's values. */
export function readValue(r: Readout, values: Float64Array): number {
  return r.valueIndex < 0 ? r.b : r.a * values[r.valueIndex] + r.b;
}

