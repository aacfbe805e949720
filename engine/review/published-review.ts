/**
 * A review's inputs from published statistics: the observations of the chosen statuses on the
 * scenario's series and years, the lower bounds (shown and used only to classify), and every figure
 * with the reason it is or is not used. Calibration takes the same figures over all years, plus the
 * plan's own base-year statements.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { catalogueFor, type ActualsCatalogue } from './actual-series';
import type { Observation } from './actuals-types';
import { parsePublishedStatistics } from './published-statistics';
import { planBaseRows, selectPublished, type PublishedChoice } from './published-selection';
import type { PublishedMapping, PublishedParse, PublishedStatus } from './published-types';
import type { LowerBound } from './review-types';

/** Published statistics as shipped with a plan: the CSV text and the mapping. */
export interface PublishedText {
  csv: string;
  mapping: PublishedMapping;
}

/** What a review or a calibration takes from published statistics. */
export interface PublishedInputs {
  observations: Observation[];
  lowerBounds: LowerBound[];
  choices: PublishedChoice[];
  /** Problems of the file itself (the shipped file has none; a test checks). */
  issues: PublishedParse['issues'];
}

function inputsFor(source: PublishedText, plan: PlanData, catalogue: ActualsCatalogue, statuses: readonly PublishedStatus[], withPlanBase: boolean): PublishedInputs {
  const parsed = parsePublishedStatistics(source.csv, source.mapping, plan.base.year);
  const selection = selectPublished(parsed.figures, catalogue, statuses, withPlanBase ? planBaseRows(plan) : []);
  const lowerBounds = selection.choices
    .filter((c) => c.reason === 'lower-bound' && c.figure.year !== null && catalogue.mappings.has(c.figure.series!))
    .map((c) => {
      const m = catalogue.mappings.get(c.figure.series!)!;
      return { year: c.figure.year!, key: m.key, value: c.figure.seriesValue! / m.scale };
    });
  return { observations: selection.observations, lowerBounds, choices: selection.choices, issues: parsed.issues };
}

/** The published inputs of a review of `scenario` (its catalogue: its series and years). */
export function publishedReviewInputs(source: PublishedText, plan: PlanData, scenario: ResolvedScenario, statuses: readonly PublishedStatus[]): PublishedInputs {
  return inputsFor(source, plan, catalogueFor(plan, scenario), statuses, false);
}

/**
 * The published inputs of a calibration (a history catalogue, all years), with the plan's base-year
 * GDP, real growth and population first (they win over an estimate of the same year).
 */
export function publishedHistoryInputs(source: PublishedText, plan: PlanData, catalogue: ActualsCatalogue, statuses: readonly PublishedStatus[]): PublishedInputs {
  return inputsFor(source, plan, catalogue, statuses, true);
}
