/**
 * The summary of a Monte Carlo run that callers see (McResult) and its parts.
 */
import type { TargetResult } from '../scorecard/scorecard-types';
import type { SeriesYear } from './mc-options';

/** A probability estimated from `paths` paths, with its Monte Carlo standard error and 95% Wilson interval. */
export interface ProbabilityEstimate {
  probability: number;
  standardError: number;
  interval: { lower: number; upper: number };
}

/** The probability of meeting one target; the target's fields are the scorecard's (indicator unit). */
export interface McTargetResult extends ProbabilityEstimate, Pick<TargetResult, 'id' | 'year' | 'target' | 'comparator' | 'min' | 'max' | 'unit' | 'proxyAssumption'> {
  /** Met on the deterministic (median) path. */
  deterministicMet: boolean;
  /** The target's series does not depend on the shocks (probability is exactly 0 or 1). */
  deterministic: boolean;
}

/** A histogram of one series in one year. `edges` has one more entry than `counts`. */
export interface McHistogram extends SeriesYear {
  edges: number[];
  counts: number[];
  /** Paths below the first and above the last edge (none when the edges span min..max). */
  below: number;
  above: number;
}

/** How an adaptive run ended. */
export type StopReason = 'fixed' | 'tolerance' | 'limit';

/** The summary of a Monte Carlo run. Series values in each series' unit (see SERIES_UNITS). */
export interface McResult {
  scenarioId: string;
  planId: string;
  seed: number;
  /** Paths used. */
  paths: number;
  stoppedBy: StopReason;
  /** Largest standard error among the reported probabilities. */
  maxStandardError: number;
  /** baseYear ... endYear. */
  years: number[];
  quantileLevels: number[];
  /** series -> String(level) -> one value per year. */
  quantiles: Record<string, Record<string, number[]>>;
  /** series -> mean per year. */
  mean: Record<string, number[]>;
  /** series -> the deterministic scenario's values (the median path of each sector). */
  deterministic: Record<string, number[]>;
  targets: McTargetResult[];
  joint: ProbabilityEstimate & { ids: string[] };
  jointProbability: number;
  histograms: McHistogram[];
  samples: (SeriesYear & { values: Float32Array })[];
}
