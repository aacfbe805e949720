/**
 * Display status of a scorecard row. The engine judges it (engine/scorecard: met / at risk / missed only
 * for model and scenario paths, one at-risk rule for the CLI and the app); the app only names the reason
 * of a row that is not assessed.
 */
import type { TargetResult } from '../../engine/index';

export { AT_RISK_SHARE } from '../../engine/index';

export type DisplayStatus = 'met' | 'atRisk' | 'missed' | 'assumed' | 'not-projected' | 'beyond-horizon';

export function displayStatus(row: TargetResult): DisplayStatus {
  switch (row.status) {
    case 'at-risk': return 'atRisk';
    case 'not-assessed': return row.reason === 'beyond-horizon' ? 'beyond-horizon' : 'not-projected';
    case 'met': case 'missed': case 'assumed': return row.status;
    default: return row.status satisfies never;
  }
}

/** The i18n key of a display status. */
export function statusKey(s: DisplayStatus): 'status.met' | 'status.atRisk' | 'status.missed' | 'status.assumed' | 'status.not-projected' | 'status.beyond-horizon' {
  return `status.${s}`;
}
