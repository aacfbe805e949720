/**
 * The mid-term classification of a target, as China's mid-term evaluations of five-year plans sort
 * their indicators: 提前实现 / 快于预期 / 基本符合预期 / 滞后于预期, from the observed value against the
 * straight path to the target at the same date (thresholds and their reasons: progress-thresholds.ts).
 */
import type { Comparator, LocalizedText } from '../plan/plan-types';
import { meets } from '../scorecard/comparator';
import { BEHIND_BELOW, FASTER_AT_LEAST, NO_PROGRESS_EXPECTED } from './progress-thresholds';

/** The four classes, best first. */
export type ProgressClass = 'achieved-early' | 'faster-than-expected' | 'as-expected' | 'behind';

export const PROGRESS_CLASSES: readonly ProgressClass[] = ['achieved-early', 'faster-than-expected', 'as-expected', 'behind'];

/** The names used in Chinese evaluations, and their English renderings. */
export const PROGRESS_CLASS_LABELS: Record<ProgressClass, LocalizedText> = {
  'achieved-early': { zh: '提前实现', en: 'achieved early' },
  'faster-than-expected': { zh: '快于预期', en: 'faster than expected' },
  'as-expected': { zh: '基本符合预期', en: 'broadly as expected' },
  behind: { zh: '滞后于预期', en: 'behind' },
};

/** What is classified: one observed value against the straight path from `start` to the target. */
export interface ProgressInput {
  year: number;
  /** Observed value (indicator unit). */
  observed: number;
  /** Where the path starts (the plan's base, or the first observation when the plan gives none). */
  start: { year: number; value: number };
  /** The path's value in `year` (indicator unit). */
  pathValue: number;
  targetYear: number;
  comparator: Exclude<Comparator, 'qualitative'>;
  target: number;
  min?: number;
  max?: number;
}

/** The class and the figures behind it. */
export interface ProgressAssessment {
  class: ProgressClass;
  /** (observed - start) / (path - start); null when the path expects no movement by then. */
  progressRatio: number | null;
}

/**
 * Classifies one observation. Achieved early: it already meets the target before the target year
 * (unless the target only holds its start: then as expected, or behind when it is not held). Otherwise
 * by the progress ratio against FASTER_AT_LEAST and BEHIND_BELOW.
 * @example classifyProgress({ year: 2022, observed: 2008.8, start: { year: 2020, value: 1650 }, pathValue: 2351.3, targetYear: 2025, comparator: '>=', target: 4000 }).class // => 'behind'
 */
export function classifyProgress(x: ProgressInput): ProgressAssessment {
  const met = meets(x.observed, x.comparator, x.target, x.min, x.max);
  const ratio = ratioOf(x);
  // A target that holds its start (no movement expected): kept is as expected, not "achieved early".
  if (ratio === null) return { class: met ? 'as-expected' : 'behind', progressRatio: null };
  if (met && x.year < x.targetYear) return { class: 'achieved-early', progressRatio: ratio };
  if (x.year >= x.targetYear) return { class: met ? 'as-expected' : 'behind', progressRatio: ratio };
  return { class: ratio >= FASTER_AT_LEAST ? 'faster-than-expected' : ratio >= BEHIND_BELOW ? 'as-expected' : 'behind', progressRatio: ratio };
}

function ratioOf(x: ProgressInput): number | null {
  const expected = x.pathValue - x.start.value;
  if (Math.abs(expected) <= NO_PROGRESS_EXPECTED * Math.max(1, Math.abs(x.start.value))) return null;
  return (x.observed - x.start.value) / expected;
}
