/**
 * The scorecard: for every indicator with a numeric target (or a labelled proxy), the projected value
 * in the target year, met or missed, the gap, and the constant annual change required from the base year.
 */
import type { PlanData, PlanIndicator } from '../plan/plan-types';
import type { ProjectionSeries } from '../model/projection-types';
import { seriesAt } from '../model/series-path';
import { constantAnnualRate } from '../model/compound';
import { effectiveTarget, targetAimValue, type PathBasis } from '../model/indicator-paths';
import { gapTo, meets } from './comparator';
import { isAtRisk } from './at-risk';
import { scoredUnit } from '../plan/scored-unit';
import type { ChangeKind, TargetResult, TargetStatus } from './scorecard-types';

/** Series whose level is a cumulative change since the base year: the required rate is on 1 + value. */
const isChangeSinceBase = (series: string) => series.endsWith('ChangeSinceBase');

/**
 * Series whose value is already an average over the years since the base (the income-growth gap: average
 * income growth minus average GDP growth): no constant annual change leads to a target on them, so the
 * scorecard shows none rather than a meaningless (target - base) / years.
 */
const PERIOD_AVERAGE_SERIES = new Set(['incomeGrowthGapToGdp']);

/** False for indicators measured as an average since the base year: no constant annual change leads to them. */
export function hasAnnualPath(ind: PlanIndicator): boolean {
  return !(ind.model !== undefined && PERIOD_AVERAGE_SERIES.has(ind.model.series));
}

/** Shares and rates in % change by percentage points; levels (and cumulative reductions, on their index) by a rate. */
export function changeKindOf(ind: PlanIndicator): ChangeKind {
  if (ind.model && isChangeSinceBase(ind.model.series)) return 'relative';
  return ind.unit === '%' || ind.unit === '‰' ? 'points' : 'relative';
}

/** The honest status of a judged row: only model and scenario paths can be met, at risk or missed. */
function judgedStatus(row: TargetResult): TargetStatus {
  if (row.basis === 'default-path' || row.basis === 'held-at-base') return 'assumed';
  if (row.met) return 'met';
  return row.gap !== null && isAtRisk(row.gap, row.comparator, row.target, row.min, row.max) ? 'at-risk' : 'missed';
}

interface Context {
  plan: PlanData;
  years: number[];
  series: ProjectionSeries;
  pathBasis: Record<string, PathBasis>;
}

function scoreOne(ind: PlanIndicator, ctx: Context): TargetResult | undefined {
  const target = effectiveTarget(ind);
  const aim = targetAimValue(target);
  if (!target || aim === undefined || target.comparator === 'qualitative') return undefined;
  const comparator = target.comparator;
  const baseYear = ctx.years[0];
  const endYear = ctx.years[ctx.years.length - 1];
  const row: TargetResult = {
    id: ind.id, year: target.year, target: aim, comparator, unit: scoredUnit(ind).unit,
    ...(comparator === 'range' ? { min: target.min, max: target.max } : {}),
    projected: null, met: null, status: 'not-assessed', reason: 'no-base', gap: null,
    requiredAnnualChange: null, projectedAnnualChange: null, changeKind: changeKindOf(ind), fromYear: baseYear, basis: 'none',
    ...(target.proxyAssumption ? { proxyAssumption: target.proxyAssumption } : {}),
  };
  // Levels on which "constant annual change" is measured, in the series' own unit.
  let levelAt: ((t: number) => number) | undefined;
  let fromYear = baseYear;
  let targetLevel = aim;
  if (ind.model) {
    const values = seriesAt(ctx.series, ind.model.series);
    if (!values) return row;
    const inSeries = (x: number) => x / ind.model!.scale;
    const toLevel = isChangeSinceBase(ind.model.series) ? (v: number) => 1 + v : (v: number) => v;
    levelAt = (t) => toLevel(values[t - baseYear]);
    targetLevel = toLevel(inSeries(aim));
    row.basis = 'model';
    if (target.year <= endYear && target.year >= baseYear) row.projected = values[target.year - baseYear] * ind.model.scale;
  } else {
    const values = ctx.series.indicators[ind.id];
    if (!values) return row;
    row.basis = ctx.pathBasis[ind.id] ?? 'none';
    const t0 = ind.base && ind.base.year >= baseYear ? ind.base.year : baseYear;
    fromYear = t0;
    levelAt = (t) => values[t - baseYear];
    if (target.year <= endYear && target.year >= baseYear) row.projected = values[target.year - baseYear];
  }
  row.fromYear = fromYear;
  const years = target.year - fromYear;
  const baseLevel = levelAt(fromYear);
  // A share in % (or any rate) changes by points a year: (target - base) / years in its own unit.
  const change = (to: number) => (row.changeKind === 'points' ? (years > 0 ? (to - baseLevel) / years : undefined) : constantAnnualRate(baseLevel, to, years));
  const toUnit = ind.model && row.changeKind === 'points' ? ind.model.scale : 1;
  const scaled = (v: number | undefined) => (v === undefined ? null : v * toUnit);
  const periodAverage = !hasAnnualPath(ind);
  row.requiredAnnualChange = periodAverage ? null : scaled(change(targetLevel));
  if (target.year > endYear) return { ...row, status: 'not-assessed', reason: 'beyond-horizon' };
  if (row.projected === null) return row;
  row.projectedAnnualChange = periodAverage ? null : scaled(change(levelAt(target.year)));
  row.met = meets(row.projected, comparator, aim, target.min, target.max);
  row.gap = gapTo(row.projected, comparator, aim, target.min, target.max);
  delete row.reason;
  row.status = judgedStatus(row);
  return row;
}

/** Scores every indicator of the plan that has a numeric or proxy target. */
export function scorecard(plan: PlanData, years: number[], series: ProjectionSeries, pathBasis: Record<string, PathBasis>): TargetResult[] {
  const ctx: Context = { plan, years, series, pathBasis };
  return plan.indicators.map((ind) => scoreOne(ind, ctx)).filter((r): r is TargetResult => r !== undefined);
}
