/**
 * What a caller asks of a Monte Carlo run. Every field is optional; defaults are in mc-defaults.ts.
 */

/** A series and a calendar year, e.g. `{ series: 'gdpNominal', year: 2025 }`. */
export interface SeriesYear {
  /** Dotted series path as in a projection: `gdpNominal`, `shares.tertiary`, `publicServices.doctors`. */
  series: string;
  year: number;
}

/** What to compute. Every field is optional; defaults are in mc-defaults.ts. */
export interface McOptions {
  /** Paths to run (fixed runs), or the path limit (adaptive runs). Default 100,000 (fixed), 1,000,000 (adaptive). */
  paths?: number;
  /** Unsigned 32-bit seed. Default: the scenario's `seed`, else DEFAULT_SEED. */
  seed?: number;
  /** Run batches of blocks until every probability's standard error is at most `tolerance`. Default false. */
  adaptive?: boolean;
  /** Standard-error target of adaptive runs (fraction; default 0.005 = 0.5 percentage points). */
  tolerance?: number;
  /** Quantile levels in (0, 1), ascending. Default 0.05, 0.25, 0.5, 0.75, 0.95. */
  quantiles?: number[];
  /** Series to summarise (quantiles and mean). Default: every series of the projection. */
  series?: string[];
  /**
   * Calendar years to summarise (quantiles and mean of every reported series). Default: every year.
   * Quantiles and means of the other years are NaN; deterministic values stay complete. Each summarised
   * (series, year) is counted on every path, so a caller that shows a few years (the CLI's table) asks
   * only for those.
   */
  years?: number[];
  /** Ids of the targets whose joint probability is reported. Default: every 2025-type (plan end year) target the model computes with a numeric target in the plan itself (proxies excluded). */
  joint?: string[];
  /** Histograms to report. */
  histograms?: (SeriesYear & { bins?: number })[];
  /** Keep every path's value of these series-years (float32; for exact checks and the bench). */
  samples?: SeriesYear[];
}
