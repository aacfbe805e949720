/**
 * What a mid-term review returns: each observation against the scenario's path and the plan's path to
 * its target, and each target re-judged from the last observed year.
 */
import type { Comparator, PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import type { Observation } from './actuals-types';
import type { TargetResult, TargetStatus } from '../scorecard/scorecard-types';
import type { ProgressClass } from './progress-class';
import type { PublishedStatus } from './published-types';

/** One observation against the paths. Values in the unit the observation was written in. */
export interface ActualComparison {
  year: number;
  series: string;
  observed: number;
  /** The scenario's (un-anchored) value that year; null when it does not project the series. */
  scenario: number | null;
  /** observed - scenario, and that over |scenario| (fraction); null without a scenario value (the relative one also for growth rates). */
  deviation: number | null;
  deviationPct: number | null;
  /** Indicator id whose target path the observation is also compared with, if any. */
  targetId: string | null;
  /** The plan's path to that target that year (see target-levels.ts); null without one. */
  targetPath: number | null;
  targetDeviation: number | null;
  targetDeviationPct: number | null;
  source: string | null;
  line: number;
  /** How firm the figure is, when it comes from published statistics. */
  status: PublishedStatus | null;
  /** The model series `scenario` was read from when it is not the observed series itself (e.g. industrialOutput); null otherwise. */
  modelSeries: string | null;
  /** True when a model series was asked for (modelSeries) but the scenario does not compute it: `scenario` is then null. */
  modelSeriesMissing: boolean;
}

/**
 * The mid-term classification of a target (progress-class.ts): its last observation after the path's
 * start against the straight path to the target at the same date. `class` is null with a `reason` when
 * nothing can be said: no observation since the start (`not-observed`), no start (`no-start`: neither
 * a plan base nor an earlier observation), or only a lower bound below the path (`lower-bound`).
 */
export interface ReviewProgress {
  class: ProgressClass | null;
  reason?: 'not-observed' | 'no-start' | 'lower-bound';
  /** The observation classified (or the lower bound), in the indicator's unit, and its year. */
  year: number | null;
  observed: number | null;
  /** True when `observed` is only a lower bound (e.g. ">500"). */
  lowerBound: boolean;
  start: { year: number; value: number } | null;
  /** The straight path's value in `year` (indicator unit). */
  pathValue: number | null;
  /** (observed - start) / (path - start). */
  progressRatio: number | null;
}

/**
 * For a target the model does not compute: where the pace observed from the path's start to the last
 * observation leads, kept up to the target year (a straight line, as the indicator's default path).
 */
export interface ObservedPace {
  fromYear: number;
  toYear: number;
  /** Change a year in the indicator's unit. */
  perYear: number;
  /** The value in the target year at that pace, and whether it meets the target. */
  projected: number;
  met: boolean;
}

/** One target after re-anchoring. Values in the indicator's unit; changes are fractions a year. */
export interface ReviewTarget {
  id: string;
  year: number;
  target: number;
  comparator: Exclude<Comparator, 'qualitative'>;
  unit: string;
  /** The last year the target's own series was observed (up to the review), or null. */
  lastObservedYear: number | null;
  /** That observation, in the indicator's unit, or null. */
  lastObserved: number | null;
  /** Projected in the target year from the re-anchored base (the observation itself if the year is observed). */
  projected: number | null;
  met: boolean | null;
  /**
   * The constant annual change now required to meet the target in its year, from the last observation
   * ((target / last observed)^(1 / years left) - 1 on the target's level) or, when the series was never
   * observed, from the re-anchored base year's projected level. Null once the target year is observed.
   */
  requiredAnnualChange: number | null;
  /** How `requiredAnnualChange` and `originalRequiredAnnualChange` are measured (as the scorecard: `relative` rate or `points` a year). */
  changeKind: TargetResult['changeKind'];
  /** The year `requiredAnnualChange` counts from. */
  requiredFromYear: number;
  /** Probability of meeting the target under the scenario's uncertainty from the re-anchored base; null when not computed. */
  probability: number | null;
  /** Where `projected` comes from after re-anchoring: `model`, or the indicator's path (a `default-path` "met" is an assumption, not a forecast). */
  basis: TargetResult['basis'];
  /** The scenario's projection and required change before the review (from the plan's base year). */
  originalProjected: number | null;
  originalRequiredAnnualChange: number | null;
  /** Set when the target is a labelled proxy (the assumption id). */
  proxyAssumption?: string;
  /**
   * The honest status from the re-anchored base (as the scorecard's): met / at-risk / missed only for a
   * model-computed or scenario-set path (or a target-year observation), `assumed` for an assumed path.
   */
  status: TargetStatus;
  /** The mid-term classification (提前实现 / 快于预期 / 基本符合预期 / 滞后于预期). */
  progress: ReviewProgress;
  /** For a target the model does not compute, with an observation since the start: the observed pace carried on. */
  observedPace: ObservedPace | null;
}

/** A published lower bound (e.g. more than 500 high-tech enterprises in 2022): shown and used only to classify, never as an observation. */
export interface LowerBound {
  year: number;
  /** Projection series key (as Observation.key) and the bound in its unit. */
  key: string;
  value: number;
}

/** The review of one scenario against observed statistics. */
export interface ReviewResult {
  scenarioId: string;
  /** The last observed year: the re-anchored base. Equal to the base year when nothing later was observed. */
  anchorYear: number;
  observations: Observation[];
  comparisons: ActualComparison[];
  targets: ReviewTarget[];
  /** The scenario's own projection, and the projection from the re-anchored base. */
  original: Projection;
  reanchored: Projection;
  /** The re-anchored plan and scenario (run them, solve on them, or give them to the Monte Carlo). */
  plan: PlanData;
  scenario: ResolvedScenario;
}

/** Probability of meeting each target (by indicator id), e.g. from the Monte Carlo on the re-anchored plan. */
export type TargetProbabilities = Readonly<Record<string, number>>;
