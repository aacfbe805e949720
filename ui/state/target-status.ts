/**
 * Display status of a scorecard row: the engine says met or missed; the app adds "at risk" for a
 * target missed by less than AT_RISK_SHARE of its value (close enough that a modest change of
 * assumptions meets it).
 */
import type { TargetResult } from '../../engine/index';

/** A miss smaller than this share of the target value counts as "at risk". */
export const AT_RISK_SHARE = 0.05;

export type DisplayStatus = 'met' | 'atRisk' | 'missed' | 'not-projected' | 'beyond-horizon';

export function displayStatus(row: TargetResult): DisplayStatus {
  if (row.status !== 'missed') return row.status;
  const reference = row.comparator === 'range' ? (row.gap! < 0 ? row.min! : row.max!) : row.target;
  const shortfall = Math.abs(row.gap ?? Infinity) / Math.max(Math.abs(reference), 1e-12);
  return shortfall <= AT_RISK_SHARE ? 'atRisk' : 'missed';
}

/** The i18n key of a display status. */
export function statusKey(s: DisplayStatus): 'status.met' | 'status.atRisk' | 'status.missed' | 'status.not-projected' | 'status.beyond-horizon' {
  return `status.${s}`;
}
