/**
 * The Monte Carlo quantiles as CSV rows: one row per series and quantile level (then the mean), one
 * column per year; values in each series' unit as the engine reports them (shares as fractions).
 */
import type { Lang, McResult, PlanData } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { seriesName } from './csv';

export function quantilesCsvRows(result: McResult, plan: PlanData, lang: Lang, t: Translate): (string | number | null)[][] {
  const header = [t('review.compare.col.series'), t('compare.measure'), t('csv.unit'), t('csv.quantile'), ...result.years.map(String)];
  const rows: (string | number | null)[][] = [];
  for (const [series, byLevel] of Object.entries(result.quantiles)) {
    const { label, unit } = seriesName(series, plan);
    for (const level of result.quantileLevels) {
      const values = byLevel[String(level)];
      if (values) rows.push([series, label[lang], unit[lang], level, ...values]);
    }
    const mean = result.mean[series];
    if (mean) rows.push([series, label[lang], unit[lang], lang === 'zh' ? '均值' : 'mean', ...mean]);
  }
  return [header, ...rows];
}
