/**
 * A calibration offered as a scenario: a file that `extends` a base scenario and overrides what the
 * history tells — real growth (per sector when all three are calibrated, else one rate for all), the
 * deflator, population growth, and the uncertainty block (volatilities, persistence, sector
 * correlation). Rates are the trend growth exp(mean log growth) - 1, so the Monte Carlo's median path
 * follows the trend. The notes say how many observations each figure rests on.
 */
import type { LocalizedText } from '../plan/plan-types';
import { SECTORS, type ScenarioAssumptions, type ScenarioFile, type Sector, type UncertaintySpec } from '../scenario/scenario-types';
import { SCENARIO_DECIMALS } from './calibration-defaults';
import { sectorGrowthSeries, type CalibrationResult, type SeriesCalibration } from './calibrate';

/** Where the calibrated scenario sits: its id, name, the scenario it extends and where the history came from. */
export interface CalibratedScenarioOptions {
  id: string;
  name: LocalizedText;
  /** The scenario it extends (supplies everything the history does not). */
  extends: string;
  /** Where the history came from (e.g. the file name), for the notes. */
  source: string;
}

const round = (x: number) => Number(x.toFixed(SCENARIO_DECIMALS));
const pick = (series: readonly SeriesCalibration[], ...keys: string[]) => keys.map((k) => series.find((c) => c.key === k)).find((c) => c && c.estimates.trend.value !== null);

function describe(c: SeriesCalibration): string {
  const e = c.estimates;
  const f = (x: number | null, d = 4) => (x === null ? '-' : x.toFixed(d));
  return `${c.key}: trend ${f(e.trend.value)} (se ${f(e.trend.standardError)}), volatility ${f(e.volatility.value)} (se ${f(e.volatility.standardError)}), persistence ${f(e.persistence.value, 3)} (se ${f(e.persistence.standardError, 3)}), n = ${e.trend.observations}`;
}

/** The scenario file; undefined when the history calibrates nothing a scenario uses. */
export function calibratedScenario(result: CalibrationResult, options: CalibratedScenarioOptions): ScenarioFile | undefined {
  const { series } = result;
  const assumptions: ScenarioAssumptions = {};
  const uncertainty: Partial<UncertaintySpec> = {};
  const used: SeriesCalibration[] = [];
  const sectors = SECTORS.map((s) => sectorGrowthSeries(series, s)).map((c) => (c && c.estimates.trend.value !== null ? c : undefined));
  const aggregate = pick(series, 'realGrowth', 'gdpReal');
  const persistences: number[] = [];
  if (sectors.every((c) => c)) {
    assumptions.realGrowth = Object.fromEntries(SECTORS.map((s, k) => [s, round(sectors[k]!.estimates.trend.value!)])) as Record<Sector, number>;
    const vols = sectors.map((c) => c!.estimates.volatility.value);
    if (vols.every((v) => v !== null)) uncertainty.realGrowthVolatility = Object.fromEntries(SECTORS.map((s, k) => [s, round(Math.min(1, vols[k]!))])) as Record<Sector, number>;
    if (result.sectorCorrelation) uncertainty.correlation = result.sectorCorrelation.matrix.map((row) => row.map(round));
    used.push(...sectors.map((c) => c!));
    sectors.forEach((c) => c!.estimates.persistence.value !== null && persistences.push(c!.estimates.persistence.value));
  } else if (aggregate) {
    assumptions.realGrowth = round(aggregate.estimates.trend.value!);
    if (aggregate.estimates.volatility.value !== null) {
      uncertainty.realGrowthVolatility = round(Math.min(1, aggregate.estimates.volatility.value));
      // One series for the whole economy: sectors move together, so GDP keeps the calibrated volatility.
      uncertainty.correlation = [[1, 1, 1], [1, 1, 1], [1, 1, 1]];
    }
    used.push(aggregate);
    if (aggregate.estimates.persistence.value !== null) persistences.push(aggregate.estimates.persistence.value);
  }
  if (persistences.length > 0) uncertainty.persistence = round(Math.max(-0.99, Math.min(1, persistences.reduce((a, b) => a + b, 0) / persistences.length)));
  const deflator = pick(series, 'deflator', 'gdpDeflatorIndex');
  if (deflator) {
    assumptions.deflator = round(deflator.estimates.trend.value!);
    if (deflator.estimates.volatility.value !== null) uncertainty.deflatorVolatility = round(Math.min(1, deflator.estimates.volatility.value));
    used.push(deflator);
  }
  const population = pick(series, 'population.growth', 'population');
  if (population) {
    assumptions.population = { growth: round(population.estimates.trend.value!) };
    if (population.estimates.volatility.value !== null) uncertainty.populationGrowthVolatility = round(Math.min(1, population.estimates.volatility.value));
    used.push(population);
  }
  if (used.length === 0) return undefined;
  const lines = used.map(describe);
  return {
    schemaVersion: 1,
    id: options.id,
    name: options.name,
    extends: options.extends,
    assumptions,
    ...(Object.keys(uncertainty).length > 0 ? { uncertainty: uncertainty as UncertaintySpec } : {}),
    notes: {
      en: `Calibrated from ${options.source} (trend = exp(mean log growth) - 1; se = standard error; persistence = AR(1) of growth). ${lines.join('; ')}. Everything else comes from "${options.extends}".${result.warnings.length ? ` Warnings: ${result.warnings.map((w) => w.en).join('; ')}.` : ''}`,
      zh: `由 ${options.source} 校准(趋势 = exp(对数增长均值) - 1;se = 标准误;persistence = 增长的一阶自相关)。${lines.join(';')}。其余假设取自 "${options.extends}"。${result.warnings.length ? `警告:${result.warnings.map((w) => w.zh).join(';')}。` : ''}`,
    },
  };
}
