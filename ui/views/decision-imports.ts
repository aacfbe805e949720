/** What the decision views take from the engine, in one place. */
export { applicableDecisionLevers, attribute, auditPlan, feasibilityMap, findDecisionLever, groupOfLever, leverValueText, margins, parseLeverSpec, sobolByYear } from '../../engine/index';
export type { FeasibilityMap, Lang, MarginsResult, SobolByYear, OutputAttribution, ResolvedScenario } from '../../engine/index';
import type { OpenScenario } from '../state/derived';
/** An open scenario (resolved and projected). */
export type OpenScenarioLike = OpenScenario;
