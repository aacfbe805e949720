/**
 * Planpath engine: the only public face. Pure TypeScript, no DOM, no I/O, no global randomness.
 */
export * from './errors';
export type * from './plan/plan-types';
export * from './scenario/scenario-types';
export * from './scenario/limits';
export { validateScenarioShape, nestingIssue } from './scenario/validate';
export { resolveScenario, type ScenarioLookup } from './scenario/resolve';
export { expandAssumptions, expandRatePath, expandSectorRates } from './scenario/expand';
export { project, projectYearly, linkedEnergyInputs, type ProjectionInput } from './model/project';
export { projectionIssues } from './model/projection-issues';
export { decodeText, type TextEncodingName } from './input/decode-text';
export * from './model/projection-types';
export { seriesAt, flattenSeries } from './model/series-path';
export { compoundPath, constantAnnualRate } from './model/compound';
export { effectiveTarget, targetAimValue } from './model/indicator-paths';
export { projectJobs, adjustPopulation, effectiveWorkersPerResident, type JobsInput, type JobsSeries } from './model/jobs';
export { projectLand, type LandInput, type LandSeries } from './model/land';
export { impliedInvestment, type ImpliedInvestmentInput } from './model/implied-investment';
export { industrialOutput, clusterOutputs } from './model/industry-output';
export { disposableIncome } from './model/income';
export { linkedSeries, type LinkedSeries } from './model/linked';
export { expandLinked, expandLinkedDefaults, baseEmployment, baseValueAddedRatio, type LinkedInput } from './model/linked-inputs';
export * as linkedDefaults from './model/linked-defaults';
export { POPULATION_MODE_RULE } from './scenario/modes';
export type * from './scorecard/scorecard-types';
export { meets, gapTo } from './scorecard/comparator';
export { AT_RISK_SHARE, isAtRisk } from './scorecard/at-risk';
export { summarizeScorecard, type ScorecardSummary } from './scorecard/summary';
export { changeKindOf } from './scorecard/scorecard';
export { scoredUnit } from './plan/scored-unit';
export * from './solve/levers';
export { parseTarget, type SolveTarget } from './solve/solve-target';
export { solveOne, solveTwo, type SolveResult, type LeverChoice } from './solve/goal-seek';
export { planIssues, checkPlan } from './plan/validate-plan';
export * from './format/format-value';
export * from './model/series-labels';
export { scenarioJsonSchema } from './scenario/json-schema';
// Monte Carlo and sensitivity (engine/mc, engine/sensitivity).
export * from './mc/index';
export * from './sensitivity/index';
// Mid-term review, calibration from history, investment-led growth (engine/review, engine/calibration, engine/investment).
export * from './review/index';
export * from './calibration/index';
export * from './investment/index';
// Decision analysis: solve, margins, map, attribution, audit, Sobol by year (engine/decision).
export * from './decision/index';
