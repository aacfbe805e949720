/**
 * The Compare view's key-figure table as CSV rows: one row per measure with its year and unit, each
 * scenario's value, then each other scenario's difference from the reference. Shares are written in
 * percent (the unit column says "%") and their differences in percentage points, as the table shows them.
 */
import type { Lang, Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { MEASURES, measureScale, valueAt } from '../state/compare-measures';

export interface CompareCsvRun {
  id: string;
  name: string;
  projection: Projection;
}

export function compareCsvRows(runs: readonly CompareCsvRun[], referenceId: string, lang: Lang, t: Translate): (string | number | null)[][] {
  const reference = runs.find((r) => r.id === referenceId) ?? runs[0];
  const others = runs.filter((r) => r !== reference);
  const header = [t('compare.measure'), t('csv.year'), t('csv.unit'), ...runs.map((r) => r.name), ...others.map((r) => t('csv.diff', { name: r.name, ref: reference.name }))];
  const rows = MEASURES.map((m) => {
    const scale = measureScale(m) * (m.kind === 'pct' ? 100 : 1);
    const ref = reference ? valueAt(reference, m.series, m.year, scale) : undefined;
    const values = runs.map((r) => valueAt(r, m.series, m.year, scale) ?? null);
    const diffs = others.map((r) => {
      const v = valueAt(r, m.series, m.year, scale);
      return v === undefined || ref === undefined ? null : v - ref;
    });
    return [m.label(t), m.year, m.unit[lang], ...values, ...diffs];
  });
  return [header, ...rows];
}
