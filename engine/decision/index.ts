/**
 * Decision analysis: what it takes (solve with many targets and levers), margins of safety, the
 * feasibility map, Shapley attribution between scenarios, the plan audit and Sobol indices by year.
 * Levers and lever groups come from registries (decision-lever.ts, lever-groups.ts).
 */
export * from './decision-lever';
export * from './lever-groups';
export * from './lever-spec';
export * from './output-ref';
export { leanPlan, seriesPlan, truncateHorizon } from './lean-plan';
export { leverName, outputName, leverValueText } from './decision-labels';
export { pseudoInverse } from './pseudo-inverse';
export { solveMany, type ManyResult, type ManyLever, type ManyAchieved } from './solve-many';
export { margins, modelledTargets, falsePosition, type MarginRow, type MarginsResult } from './margins';
export { shapleyValues } from './shapley';
export { attribute, type AttributionResult, type OutputAttribution, type Contribution } from './attribute';
export { feasibilityMap, axisValues, signedMargin, type FeasibilityMap, type MapAxis } from './feasibility-map';
export { mapProbability, MAP_PROBABILITY_PATHS } from './map-probability';
export { auditPlan, registerAuditCheck } from './audit';
export type { AuditFinding, AuditResult, AuditSkip, AuditCheck } from './audit-types';
export { sobolByYear, SOBOL_BY_YEAR_SAMPLES, type SobolByYear, type SobolYear } from './sobol-by-year';
