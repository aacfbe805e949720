/**
 * Published statistics of a plan's area, as collected from official releases (a CSV in the source's own
 * terms: `series,year,value,unit,status,source_url,quote`), and the mapping that turns them into
 * Planpath observations: engine series or indicator ids, engine units, and one of four statuses.
 */
import type { LocalizedText } from '../plan/plan-types';
import type { ValidationIssue } from '../errors';

/** How firm a published figure is. Final and preliminary figures are used by default; the others are shown, off. */
export type PublishedStatus = 'final' | 'preliminary' | 'estimate' | 'uncertain';

/** Every status, firmest first. */
export const PUBLISHED_STATUSES: readonly PublishedStatus[] = ['final', 'preliminary', 'estimate', 'uncertain'];

/** The statuses a review or calibration uses unless told otherwise. */
export const DEFAULT_PUBLISHED_STATUSES: readonly PublishedStatus[] = ['final', 'preliminary'];

/**
 * What a figure can be used for:
 * - `observation`: a value of one year on an engine series or indicator (usable in a review or calibration);
 * - `lower-bound`: the source gives only a bound (">500"); shown, never used as an observation;
 * - `context`: a multi-year figure, a part-year figure or one without an engine series; shown only.
 */
export type PublishedUse = 'observation' | 'lower-bound' | 'context';

/** One row of the published statistics, read and mapped. */
export interface PublishedFigure {
  /** 1-based line of the CSV file. */
  line: number;
  /** The source's series name, year text ("2022" or "2016-2020"), value text (">500") and unit, as written. */
  sourceSeries: string;
  yearText: string;
  valueText: string;
  unit: string;
  /** The year, for a single-year figure; null for a span. */
  year: number | null;
  /** The number as written (the bound for a lower bound); null when the text holds none. */
  value: number | null;
  statusText: string;
  status: PublishedStatus;
  sourceUrl: string;
  /** The sentence that carries the number, in the source's language. */
  quote: string;
  use: PublishedUse;
  /** Engine series or plan indicator id (observation and lower-bound rows with a mapping). */
  series?: string;
  /** The value in the unit of `series` (e.g. 0.05 for 5.0%, 48.1338 万人 for 481,338 persons). */
  seriesValue?: number;
  /** A model series to compare the observation with (e.g. industrialOutput for industrial output above designated size). */
  modelSeries?: string;
  /** Why a figure is context only, or what the conversion means. */
  why?: LocalizedText;
}

/** One series of the mapping (published-mapping.json). Either `series` with units, or `context`. */
export interface PublishedSeriesMapping {
  series?: string;
  /** Factor from each accepted source unit to the unit of `series`. */
  units?: Readonly<Record<string, number>>;
  modelSeries?: string;
  /** Only usable this many years after the plan's base year (e.g. a one-year change equals the change since the base only in year base + 1). */
  yearsAfterBase?: number;
  why?: LocalizedText;
  context?: LocalizedText;
}

/** The mapping file: ordered status rules (first match wins, case-insensitive) and the series. */
export interface PublishedMapping {
  statuses: readonly { pattern: string; status: PublishedStatus; why?: string }[];
  series: Readonly<Record<string, PublishedSeriesMapping>>;
}

/** The mapped figures and every problem (an unknown series, unit or status; a bad year or value). */
export interface PublishedParse {
  figures: PublishedFigure[];
  /** Each with its 1-based line and column (the same shape as an actuals issue). */
  issues: (ValidationIssue & { line: number; column: number })[];
}

/** Names of the statuses in both languages. */
export const PUBLISHED_STATUS_LABELS: Record<PublishedStatus, { zh: string; en: string }> = {
  final: { zh: '最终数', en: 'final' },
  preliminary: { zh: '初步数', en: 'preliminary' },
  estimate: { zh: '预计数', en: 'estimate' },
  uncertain: { zh: '存疑', en: 'uncertain' },
};
