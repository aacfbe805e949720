/**
 * The mid-term review's plan-against-actual table as CSV rows: every observation with the scenario's
 * value, the plan's path and both deviations, in the displayed unit (percent series in percent, their
 * deviations in percentage points), relative deviations as fractions; empty cells where there is none.
 */
import { PUBLISHED_STATUS_LABELS, type ActualComparison, type Lang } from '../../engine/index';
import type { Translate } from '../i18n/index';
import type { SeriesDisplay } from '../state/review-series';

export function reviewCsvRows(comparisons: readonly ActualComparison[], display: (series: string) => SeriesDisplay, lang: Lang, t: Translate): (string | number | null)[][] {
  const rel = (key: 'review.compare.col.deviation' | 'review.compare.col.planDeviation') => t('csv.relative', { col: t(key) });
  const header = [
    t('review.compare.col.year'), t('review.compare.col.series'), t('csv.unit'), t('review.compare.col.observed'), t('review.compare.col.status'),
    t('review.compare.col.scenario'), t('review.compare.col.deviation'), rel('review.compare.col.deviation'),
    t('review.compare.col.planPath'), t('review.compare.col.planDeviation'), rel('review.compare.col.planDeviation'), t('review.compare.col.source'),
  ];
  const rows = comparisons.map((c) => {
    const d = display(c.series);
    const x = (v: number | null) => (v === null ? null : v * d.factor);
    return [
      c.year, d.label, d.unit, x(c.observed), c.status ? PUBLISHED_STATUS_LABELS[c.status][lang] : null,
      x(c.scenario), x(c.deviation), c.deviationPct, x(c.targetPath), x(c.targetDeviation), c.targetDeviationPct, c.source,
    ];
  });
  return [header, ...rows];
}
