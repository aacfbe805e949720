/**
 * One row of the scorecard: an indicator with a numeric target, judged against the projection.
 */
import type { Comparator } from '../plan/plan-types';
import type { PathBasis } from '../model/indicator-paths';

/**
 * - `met` / `missed`: judged in the target year;
 * - `not-projected`: the plan gives no base and the scenario no start, so there is nothing to judge;
 * - `beyond-horizon`: the target year is after the scenario's end year.
 */
export type TargetStatus = 'met' | 'missed' | 'not-projected' | 'beyond-horizon';

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
  met: boolean | null;
  status: TargetStatus;
  /**
   * projected - target (indicator unit). For `range`, 0 inside, otherwise the signed distance to the
   * nearest bound. Null when not projected.
   */
  gap: number | null;
  /**
   * The constant annual change (fraction) from the base year that meets the target exactly:
   * (target level / base level)^(1 / years) - 1 on the quantity's level (for cumulative reductions,
   * on the intensity index). Null when no such rate exists.
   */
  requiredAnnualChange: number | null;
  /** The scenario's own average annual change over the same years, on the same basis. */
  projectedAnnualChange: number | null;
  /** Year the required change is counted from. */
  fromYear: number;
  /** `model`: computed by the engine; otherwise where the indicator's path comes from. */
  basis: 'model' | PathBasis | 'none';
  /** Set when the target is a labelled proxy (the assumption's id), not the plan's own number. */
  proxyAssumption?: string;
}
