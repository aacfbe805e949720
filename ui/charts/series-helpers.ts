/** Small helpers shared by the chart files. */
import type { Projection, TargetResult } from '../../engine/index';
import { displayStatus, statusKey } from '../state/target-status';
import type { Translate } from '../i18n/index';

/** The scorecard row of an indicator, if the projection has one. */
export function targetRow(p: Projection, id: string): TargetResult | undefined {
  return p.targets.find((r) => r.id === id);
}

/** The status word of an indicator's row ("met" / "达成"), or "-" when there is none. */
export function statusWord(p: Projection, id: string, t: Translate): string {
  const row = targetRow(p, id);
  return row ? t(statusKey(displayStatus(row))) : t('common.none');
}

/** Index of `year` in the projection, clamped to its horizon. */
export function yearIndex(p: Projection, year: number): number {
  return Math.max(0, Math.min(p.years.length - 1, year - p.baseYear));
}

/** The year a chart's summary reports: the plan's target year when inside the horizon. */
export function summaryYear(p: Projection, planTo: number): number {
  return Math.min(planTo, p.endYear);
}
