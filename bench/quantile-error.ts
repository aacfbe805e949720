/**
 * How far the streaming-histogram quantiles are from the exact quantiles of the same paths, in units
 * of the quantile's Monte Carlo standard error sqrt(p (1 - p) / n) / density (the density estimated
 * from the spacing of the order statistics around the quantile).
 */
import type { McResult } from '../engine/index';

/** Largest |histogram quantile - exact quantile| / standard error over the kept samples and levels. */
export function maxQuantileError(r: McResult): { worst: number; where: string } {
  let worst = 0;
  let where = '';
  for (const s of r.samples) {
    const sorted = Float64Array.from(s.values).sort();
    const n = sorted.length;
    const h = Math.ceil(0.005 * n);
    for (const p of r.quantileLevels) {
      const i = Math.min(n - 1, Math.max(0, Math.ceil(p * n) - 1));
      const exact = sorted[i];
      const density = (2 * h) / n / (sorted[Math.min(n - 1, i + h)] - sorted[Math.max(0, i - h)]);
      const se = Math.sqrt((p * (1 - p)) / n) / density;
      const err = Math.abs(r.quantiles[s.series][String(p)][s.year - r.years[0]] - exact) / se;
      if (err > worst) {
        worst = err;
        where = `${s.series}@${s.year} p${p}`;
      }
    }
  }
  return { worst, where };
}
