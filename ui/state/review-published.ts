/**
 * The plan's published statistics as the Review view uses them: for a scenario with no saved actuals,
 * the observations of the chosen statuses (final and preliminary by default), the lower bounds, and every
 * figure with the reason it is or is not used (engine/review's publishedReviewInputs); for the
 * calibration panel, the same figures with the plan's 2020 base as a history CSV.
 */
import {
  historyCatalogue, publishedHistoryInputs, publishedReviewInputs, type PublishedInputs, type PublishedStatus, type ResolvedScenario, type SavedActual,
} from '../../engine/index';
import { publishedSources, type PublishedSource } from '../../data/published';
import { plan } from './scenarios';

/** The open plan's published statistics, or undefined when it ships none. */
export const publishedSource: PublishedSource | undefined = publishedSources[plan.id];

/** The review inputs of `scenario` from the published statistics of the chosen statuses. */
export function publishedInputs(scenario: ResolvedScenario, statuses: readonly PublishedStatus[]): PublishedInputs | null {
  return publishedSource ? publishedReviewInputs(publishedSource, plan, scenario, statuses) : null;
}

/** The used published figures as rows a scenario can save (to edit them as its own actuals). */
export function publishedRows(inputs: PublishedInputs): SavedActual[] {
  return inputs.observations.map((o) => ({ year: o.year, series: o.series, value: o.value, ...(o.source ? { source: o.source } : {}) }));
}

const quote = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** The published history (the plan's base year first, then final and preliminary figures) as a calibration CSV. */
export function publishedHistoryCsv(statuses: readonly PublishedStatus[]): string {
  if (!publishedSource) return '';
  const inputs = publishedHistoryInputs(publishedSource, plan, historyCatalogue(plan), statuses);
  const rows = [...inputs.observations].sort((a, b) => a.series.localeCompare(b.series) || a.year - b.year);
  return ['year,series,value,source', ...rows.map((o) => [o.year, o.series, o.value, quote(`${o.status ?? ''} ${o.source ?? ''}`.trim())].join(','))].join('\n');
}
