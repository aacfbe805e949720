/**
 * One row of the scorecard: an indicator with a numeric target, judged against the projection.
 */
import type { Comparator } from '../plan/plan-types';
import type { PathBasis } from '../model/indicator-paths';

/**
 * What the scorecard can honestly say about a target:
 * - `met` / `at-risk` / `missed`: judged in the target year, only for rows whose value the model computes
 *   (`basis: 'model'`) or whose path the user set (`scenario-path`); at risk = missed by at most 5% of the
 *   target (engine/scorecard/at-risk.ts);
 * - `assumed`: the indicator follows an assumed path (`default-path`: a straight line to its own target;
 *   `held-at-base`), so meeting it would be true by construction and says nothing;
 * - `not-assessed`: nothing to judge (`reason` says why: no base value, or beyond the scenario's horizon).
 */
export type TargetStatus = 'met' | 'at-risk' | 'missed' | 'assumed' | 'not-assessed';

/** Why a row is `not-assessed`. */
export type NotAssessedReason = 'no-base' | 'beyond-horizon';

/**
 * How the required and projected annual changes are measured:
 * - `relative`: a constant growth rate of the level (fraction per year, 0.05 = 5% a year);
 * - `points`: a constant change of a share or rate in the indicator's own unit per year (for a % unit,
 *   percentage points a year: 33% to 50% in five years is +3.4).
 */
export type ChangeKind = 'relative' | 'points';

export interface TargetResult {
  /** Indicator id. */
  id: string;
  year: number;
  /** Target value in the indicator's unit (the middle of a range for `range`). */
  target: number;
  comparator: Exclude<Comparator, 'qualitative'>;
  /** Bounds for `range`. */
  min?: number;
  max?: number;
  unit: string;
  /** Projected value in the target year, in the indicator's unit; null when not projected. */
  projected: number | null;
  /** Whether the projected value meets the target numerically (also for assumed paths); null when not projected. */
  met: boolean | null;
  status: TargetStatus;
  /** Set when `status` is `not-assessed`. */
  reason?: NotAssessedReason;
  /**
   * projected - target (indicator unit). For `range`, 0 inside, otherwise the signed distance to the
   * nearest bound. Null when not projected.
   */
  gap: number | null;
  /**
   * The constant annual change from the base year that meets the target exactly, measured as `changeKind`
   * says: `relative`: (target level / base level)^(1 / years) - 1 on the quantity's level (for cumulative
   * reductions, on the intensity index), a fraction; `points`: (target - base) / years in the indicator's
   * unit (percentage points a year for a share in %). Null when no such change exists.
   */
  requiredAnnualChange: number | null;
  /** The scenario's own average annual change over the same years, on the same basis. */
  projectedAnnualChange: number | null;
  /** How the two annual changes above are measured. */
  changeKind: ChangeKind;
  /** Year the required change is counted from. */
  fromYear: number;
  /** `model`: computed by the engine; otherwise where the indicator's path comes from. */
  basis: 'model' | PathBasis | 'none';
  /** Set when the target is a labelled proxy (the assumption's id), not the plan's own number. */
  proxyAssumption?: string;
}
