/**
 * Which published figures a review or a calibration uses: observations of the chosen statuses (final
 * and preliminary by default) on series the scenario knows, in its years, one per year and series (the
 * firmest status wins a tie). Every figure comes back with the reason it is or is not used, so that a
 * table can show them all: lower bounds and context rows are shown, never used.
 */
import type { PlanData } from '../plan/plan-types';
import type { SavedActual } from '../scenario/scenario-types';
import type { ActualsCatalogue } from './actual-series';
import type { Observation } from './actuals-types';
import { parseSavedActuals } from './saved-actuals';
import { PUBLISHED_STATUSES, type PublishedFigure, type PublishedStatus } from './published-types';

/** Why a figure is or is not used. */
export type PublishedReason = 'used' | 'status-off' | 'lower-bound' | 'context' | 'outside-years' | 'unknown-series' | 'duplicate' | 'invalid';

/** One figure and whether it is used. */
export interface PublishedChoice {
  figure: PublishedFigure;
  reason: PublishedReason;
}

/** The observations chosen from published figures, and every figure with its reason. */
export interface PublishedSelection {
  observations: Observation[];
  choices: PublishedChoice[];
}

const rank = (s: PublishedStatus) => PUBLISHED_STATUSES.indexOf(s);

/**
 * Chooses observations from published figures for a catalogue (a scenario's, or a history's).
 * @param statuses the statuses to use (e.g. DEFAULT_PUBLISHED_STATUSES)
 * @param extra rows to use first (e.g. the plan's own base-year figures), as observations of final status
 */
export function selectPublished(figures: readonly PublishedFigure[], catalogue: ActualsCatalogue, statuses: readonly PublishedStatus[], extra: readonly SavedActual[] = []): PublishedSelection {
  const on = new Set(statuses);
  const taken = new Set<string>();
  const keyOf = (year: number, series: string) => `${year}|${catalogue.mappings.get(series)?.key ?? series}`;
  for (const row of extra) taken.add(keyOf(row.year, row.series));
  const reasons = new Map<PublishedFigure, PublishedReason>();
  const chosen: PublishedFigure[] = [];
  // Firmest first, so a final figure wins over an estimate of the same year and series.
  const ordered = [...figures].sort((a, b) => rank(a.status) - rank(b.status) || a.line - b.line);
  for (const f of ordered) {
    let reason: PublishedReason;
    if (f.use === 'context') reason = 'context';
    else if (f.use === 'lower-bound') reason = 'lower-bound';
    else if (!catalogue.mappings.has(f.series!)) reason = 'unknown-series';
    else if (f.year! < catalogue.baseYear || f.year! > catalogue.endYear) reason = 'outside-years';
    else if (!on.has(f.status)) reason = 'status-off';
    else if (taken.has(keyOf(f.year!, f.series!))) reason = 'duplicate';
    else {
      reason = 'used';
      taken.add(keyOf(f.year!, f.series!));
      chosen.push(f);
    }
    reasons.set(f, reason);
  }
  const rows: SavedActual[] = [...extra, ...chosen.map((f) => ({ year: f.year!, series: f.series!, value: f.seriesValue!, source: f.sourceUrl }))];
  const parsed = parseSavedActuals(rows, catalogue);
  const bad = new Set(parsed.issues.map((i) => Number(/^actuals\[(\d+)\]/.exec(i.path)?.[1] ?? -1)));
  const byKey = new Map(chosen.map((f) => [keyOf(f.year!, f.series!), f]));
  for (const k of bad) if (k >= extra.length) reasons.set(chosen[k - extra.length], 'invalid');
  const observations = parsed.observations.map((o) => {
    const f = byKey.get(keyOf(o.year, o.series));
    const fromExtra = extra.some((r) => r.year === o.year && r.series === o.series);
    return fromExtra || !f ? { ...o, status: 'final' as const } : { ...o, status: f.status, ...(f.modelSeries ? { modelSeries: f.modelSeries } : {}) };
  });
  return { observations, choices: figures.map((figure) => ({ figure, reason: reasons.get(figure)! })) };
}

/**
 * The plan's own base-year figures as history rows (GDP, real growth and population in the base year):
 * they are the plan's statements, firmer than an estimate made before the year ended.
 */
export function planBaseRows(plan: PlanData): SavedActual[] {
  const source = 'plan';
  const rows: SavedActual[] = [{ year: plan.base.year, series: 'gdpNominal', value: plan.base.gdpYi, source }];
  if (plan.base.realGrowth !== undefined) rows.push({ year: plan.base.year, series: 'realGrowth', value: plan.base.realGrowth, source });
  rows.push({ year: plan.base.year, series: 'population', value: plan.base.populationWan, source });
  return rows;
}
