/**
 * Observed statistics for a mid-term review (规划中期评估), as read from a CSV file with the header
 * `year,series,value` and an optional `source` column.
 */
import type { ValidationIssue } from '../errors';
import type { PublishedStatus } from './published-types';

/**
 * One observation. `series` is as written (an output name such as `gdpNominal` or `shares.tertiary`, or a
 * plan indicator id); `key` and `keyValue` are the same observation on the projection's series
 * (`indicators.<id>` for indicators the model does not compute), in that series' unit.
 */
export interface Observation {
  year: number;
  series: string;
  /** The value as written, in the unit of `series` (an indicator id: the indicator's unit, e.g. % for shares). */
  value: number;
  /** The projection series this observation is about, e.g. `shares.tertiary` for `servicesShareOfGdp`. */
  key: string;
  /** The value in the unit of `key` (e.g. 0.38 for a services share written as 38 %). */
  keyValue: number;
  /** value = keyValue x scale (100 for a share written in %, 1 mostly). */
  scale: number;
  /** Where the figure comes from (e.g. a statistical bulletin), when the file says. */
  source?: string;
  /** Line of the CSV file it was read from (1-based; 0 when typed in, not read). */
  line: number;
  /** How firm the figure is, when it comes from published statistics (see published-types.ts). */
  status?: PublishedStatus;
  /** A model series to compare it with instead of `key` (e.g. industrialOutput for industrial output above designated size). */
  modelSeries?: string;
}

/** A problem with one row or field of an actuals file: where it is (1-based line and column) and what is wrong. */
export interface ActualsIssue extends ValidationIssue {
  line: number;
  column: number;
}

/** What a parse returns: the good rows and every problem, so a caller may accept the good rows. */
export interface ActualsParse {
  observations: Observation[];
  issues: ActualsIssue[];
}
