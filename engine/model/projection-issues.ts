/**
 * The one check that a scenario which passes the schema can also be projected: some valid rates (for
 * example -99.99999% a year to 2050) drive a series to 0/0 or past the largest double. `validate`,
 * `run` and the app all ask this function, so a file is never "valid" in one place and broken in
 * another.
 */
import { isPlanpathError, type ValidationIssue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from './project';

/** The problems that stop `scenario` from being projected under `plan` (empty when it projects). */
export function projectionIssues(plan: PlanData, scenario: ResolvedScenario): ValidationIssue[] {
  try {
    project(plan, scenario);
    return [];
  } catch (error) {
    if (isPlanpathError(error)) return error.issues;
    throw error;
  }
}
