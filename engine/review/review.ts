/**
 * The mid-term review (规划中期评估, plan chapter 11 section 4): where the zone stands against the
 * scenario's path and the plan's path, and what the remaining years now demand of each target.
 */
import type { PlanData, PlanIndicator } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import type { Projection } from '../model/projection-types';
import { project } from '../model/project';
import { seriesAt } from '../model/series-path';
import { constantAnnualRate } from '../model/compound';
import { effectiveTarget, targetAimValue } from '../model/indicator-paths';
import { gapTo, meets } from '../scorecard/comparator';
import { isAtRisk } from '../scorecard/at-risk';
import { hasAnnualPath } from '../scorecard/scorecard';
import type { TargetResult, TargetStatus } from '../scorecard/scorecard-types';
import { scenarioInvestmentPath } from '../investment/sectoral-equivalent';
import { INVESTMENT_SERIES } from './actual-series';
import { reanchor, type Reanchored } from './reanchor';
import { indicatorKey, indicatorLevel, targetPathValue } from './target-levels';
import type { Observation } from './actuals-types';
import type { ActualComparison, LowerBound, ObservedPace, ReviewProgress, ReviewResult, ReviewTarget, TargetProbabilities } from './review-types';
import { classifyProgress } from './progress-class';

/** Options of {@link reviewActuals}. */
export interface ReviewOptions {
  /** Probabilities of meeting each target from the re-anchored base (e.g. the Monte Carlo on `reanchor(...)`). */
  probabilities?: TargetProbabilities;
  /** The re-anchored plan and scenario when the caller already has them (saves recomputing). */
  anchored?: Reanchored;
  /** Published lower bounds (">500"): never observations, but they classify a target when they already put it ahead. */
  lowerBounds?: readonly LowerBound[];
}

const ratio = (a: number, b: number | null) => (b === null || b === 0 ? null : a / Math.abs(b));

/** Series that are growth rates: compared in absolute terms only. */
const GROWTH_KEYS = new Set(['realGrowth']);

/** The scenario's value of an observed key in a year, in the key's unit; null when not projected. */
function scenarioValue(plan: PlanData, scenario: ResolvedScenario, p: Projection, key: string, year: number): number | null {
  const t = year - p.baseYear;
  if (key === INVESTMENT_SERIES) return scenarioInvestmentPath(plan, scenario)?.investmentYi[t] ?? null;
  return seriesAt(p.series, key)?.[t] ?? null;
}

function compare(plan: PlanData, scenario: ResolvedScenario, p: Projection, o: Observation, byKey: Map<string, PlanIndicator>, byId: Map<string, PlanIndicator>): ActualComparison {
  // A model series to compare with (e.g. industrialOutput): its value, or none when the scenario does not compute it.
  const modelValues = o.modelSeries ? seriesAt(p.series, o.modelSeries) : undefined;
  const s = o.modelSeries ? (modelValues?.[o.year - p.baseYear] ?? null) : scenarioValue(plan, scenario, p, o.key, o.year);
  const sc = s === null ? null : s * o.scale;
  const ind = byId.get(o.series) ?? byKey.get(o.key);
  let targetPath: number | null = null;
  if (ind) {
    const target = effectiveTarget(ind);
    const aim = targetAimValue(target);
    const v0 = ind.model ? (seriesAt(p.series, ind.model.series)?.[0] ?? NaN) * ind.model.scale : ind.base?.value;
    const t0 = ind.model ? p.baseYear : ind.base?.year;
    const inInd = target && aim !== undefined && v0 !== undefined && t0 !== undefined && Number.isFinite(v0) ? targetPathValue(ind, t0, v0, target.year, aim, o.year) : undefined;
    // The target path is in the indicator's unit; bring it to the unit the observation was written in.
    if (inInd !== undefined) targetPath = ind.model ? (inInd / ind.model.scale) * o.scale : inInd;
  }
  return {
    year: o.year, series: o.series, observed: o.value,
    // A relative deviation of a growth rate means little (the rate may be near 0): only the absolute one is given.
    scenario: sc, deviation: sc === null ? null : o.value - sc, deviationPct: sc === null || GROWTH_KEYS.has(o.key) ? null : ratio(o.value - sc, sc),
    targetId: ind && targetPath !== null ? ind.id : null,
    targetPath, targetDeviation: targetPath === null ? null : o.value - targetPath, targetDeviationPct: targetPath === null ? null : ratio(o.value - targetPath, targetPath),
    source: o.source ?? null, line: o.line,
    status: o.status ?? null, modelSeries: o.modelSeries ?? null, modelSeriesMissing: o.modelSeries !== undefined && !modelValues,
  };
}

/** Where the straight path to a target starts: the model's base value, the plan's base, or the first observation. */
function pathStart(ind: PlanIndicator, original: Projection, seen: readonly Observation[], inUnit: (o: Observation) => number): { year: number; value: number } | null {
  if (ind.model) {
    const v = seriesAt(original.series, ind.model.series)?.[0];
    return v === undefined || !Number.isFinite(v) ? null : { year: original.baseYear, value: v * ind.model.scale };
  }
  if (ind.base) return { year: ind.base.year, value: ind.base.value };
  return seen.length > 0 ? { year: seen[0].year, value: inUnit(seen[0]) } : null;
}

function progressOf(ind: PlanIndicator, orig: TargetResult, start: ReviewProgress['start'], last: { year: number; value: number } | undefined, bound: LowerBound | undefined): ReviewProgress {
  const none: ReviewProgress = { class: null, year: null, observed: null, lowerBound: false, start, pathValue: null, progressRatio: null };
  if (!start) return { ...none, reason: 'no-start' };
  const judge = (year: number, observed: number) => {
    const pathValue = targetPathValue(ind, start.year, start.value, orig.year, orig.target, year);
    if (pathValue === undefined) return undefined;
    const a = classifyProgress({ year, observed, start, pathValue, targetYear: orig.year, comparator: orig.comparator, target: orig.target, min: orig.min, max: orig.max });
    return { ...a, pathValue };
  };
  if (last && last.year > start.year) {
    const a = judge(last.year, last.value);
    if (a) return { class: a.class, year: last.year, observed: last.value, lowerBound: false, start, pathValue: a.pathValue, progressRatio: a.progressRatio };
  }
  if (bound && bound.year > start.year && bound.year > (last?.year ?? -Infinity)) {
    const value = ind.model ? bound.value * ind.model.scale : bound.value;
    const a = judge(bound.year, value);
    // "At least X" decides only when X is already ahead of the path; otherwise the true value may lie on either side.
    const decisive = a && (a.class === 'achieved-early' || a.class === 'faster-than-expected');
    if (a) return { class: decisive ? a.class : null, ...(decisive ? {} : { reason: 'lower-bound' as const }), year: bound.year, observed: value, lowerBound: true, start, pathValue: a.pathValue, progressRatio: a.progressRatio };
  }
  return { ...none, reason: 'not-observed' };
}

/** The pace observed from the start to the last observation, carried on to the target year (a straight line). */
function observedPaceOf(ind: PlanIndicator, orig: TargetResult, start: ReviewProgress['start'], last: { year: number; value: number } | undefined): ObservedPace | null {
  if (ind.model || !start || !last || last.year <= start.year || last.year >= orig.year) return null;
  const perYear = (last.value - start.value) / (last.year - start.year);
  const projected = last.value + perYear * (orig.year - last.year);
  return { fromYear: start.year, toYear: last.year, perYear, projected, met: meets(projected, orig.comparator, orig.target, orig.min, orig.max) };
}

/** The status of a target decided by its own target-year observation (met, at risk or missed by the shared rule). */
function observedStatus(observed: number, orig: TargetResult): TargetStatus {
  if (meets(observed, orig.comparator, orig.target, orig.min, orig.max)) return 'met';
  return isAtRisk(gapTo(observed, orig.comparator, orig.target, orig.min, orig.max), orig.comparator, orig.target, orig.min, orig.max) ? 'at-risk' : 'missed';
}

/**
 * Reviews a scenario against observations (see parse-actuals.ts): compares every observation, re-anchors
 * at the last observed year, and re-judges every target of the scorecard from there.
 */
export function reviewActuals(plan: PlanData, scenario: ResolvedScenario, observations: readonly Observation[], options: ReviewOptions = {}): ReviewResult {
  const original = project(plan, scenario);
  const anchored = options.anchored ?? reanchor(plan, scenario, observations);
  const reanchored = project(anchored.plan, anchored.scenario);
  const Y = anchored.anchorYear;
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const byKey = new Map<string, PlanIndicator>();
  for (const ind of plan.indicators) if (effectiveTarget(ind) && !byKey.has(indicatorKey(ind))) byKey.set(indicatorKey(ind), ind);
  const sorted = [...observations].sort((a, b) => a.year - b.year || a.line - b.line);
  const comparisons = sorted.map((o) => compare(plan, scenario, original, o, byKey, byId));
  const targets: ReviewTarget[] = original.targets.map((orig) => {
    const ind = byId.get(orig.id)!;
    const key = indicatorKey(ind);
    const seen = sorted.filter((o) => o.key === key && o.year <= orig.year);
    const last = seen[seen.length - 1];
    const inUnit = (o: Observation) => (ind.model ? o.keyValue * ind.model.scale : o.keyValue);
    const lastObserved = last ? inUnit(last) : null;
    const after = reanchored.targets.find((t) => t.id === orig.id);
    const observedInTargetYear = last && last.year === orig.year ? lastObserved : null;
    const projected = observedInTargetYear ?? (orig.year >= Y ? after?.projected ?? null : null);
    const targetLevel = indicatorLevel(ind, orig.target);
    let requiredAnnualChange: number | null = null;
    let requiredFromYear = Y;
    if (observedInTargetYear === null && hasAnnualPath(ind)) {
      if (last) {
        requiredFromYear = last.year;
        // Measured as the scorecard measures this target: a rate of the level, or points a year for a share or rate in %.
        requiredAnnualChange = orig.changeKind === 'points'
          ? (orig.target - lastObserved!) / (orig.year - last.year)
          : constantAnnualRate(indicatorLevel(ind, lastObserved!), targetLevel, orig.year - last.year) ?? null;
      } else if (after && orig.year > Y) {
        requiredFromYear = after.fromYear;
        requiredAnnualChange = after.requiredAnnualChange;
      }
    }
    const met = projected === null ? null : meets(projected, orig.comparator, orig.target, orig.min, orig.max);
    const decided = observedInTargetYear !== null;
    const start = pathStart(ind, original, seen, inUnit);
    const lastPoint = last ? { year: last.year, value: lastObserved! } : undefined;
    const bound = options.lowerBounds?.filter((b) => b.key === key && b.year <= orig.year).sort((a, b) => b.year - a.year)[0];
    const status: TargetStatus = decided ? observedStatus(observedInTargetYear!, orig) : orig.year >= Y ? (after?.status ?? orig.status) : 'not-assessed';
    return {
      id: orig.id, year: orig.year, target: orig.target, comparator: orig.comparator, unit: orig.unit,
      lastObservedYear: last?.year ?? null, lastObserved, projected, met,
      requiredAnnualChange, requiredFromYear, changeKind: orig.changeKind,
      probability: decided ? (met ? 1 : 0) : options.probabilities?.[orig.id] ?? null,
      basis: after?.basis ?? orig.basis,
      originalProjected: orig.projected, originalRequiredAnnualChange: orig.requiredAnnualChange,
      ...(orig.proxyAssumption ? { proxyAssumption: orig.proxyAssumption } : {}),
      status,
      progress: progressOf(ind, orig, start, lastPoint, bound),
      observedPace: observedPaceOf(ind, orig, start, lastPoint),
    };
  });
  return { scenarioId: scenario.id, anchorYear: Y, observations: sorted, comparisons, targets, original, reanchored, plan: anchored.plan, scenario: anchored.scenario };
}
