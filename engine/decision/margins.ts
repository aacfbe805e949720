/**
 * Margin of safety: for every modelled target and every lever, the lever value at which the target is
 * just met with everything else held (the breakeven; the lever moves in constant mode, the same value
 * every year; `realGrowth` moves every sector together), the lever's current value (lever-spec.ts) and
 * the margin between them, positive on the safe side, in the lever's unit. When no value inside the
 * lever's range meets the target exactly, the breakeven is null with a reason.
 *
 * Root finding: a scan of the range for sign changes of (output - target), then the Illinois variant of
 * false position on the bracket nearest the current value (superlinear, never leaves the bracket).
 */
import type { LocalizedText, PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import type { TargetResult } from '../scorecard/scorecard-types';
import { project } from '../model/project';
import { bindOutput, readOutput } from './output-ref';
import { applicableDecisionLevers, type DecisionLever } from './decision-lever';
import { currentLeverValue, defaultRange } from './lever-spec';
import { leanPlan, seriesPlan, truncateHorizon } from './lean-plan';
import { leverValueText } from './decision-labels';

export interface MarginRow {
  /** Indicator id of the target. */
  target: string;
  year: number;
  lever: string;
  current: number;
  /** Null when the target cannot be met exactly inside the lever's range. */
  breakeven: number | null;
  /** Positive: the current value is on the safe side by this much (lever unit). Null without a breakeven. */
  margin: number | null;
  /** Why there is no breakeven. */
  reason?: LocalizedText;
  lo: number;
  hi: number;
}

export interface MarginsResult {
  targets: string[];
  levers: string[];
  rows: MarginRow[];
}

const SCAN_POINTS = 12;

/** The modelled targets the scorecard judges (met, at risk or missed from the model). */
export function modelledTargets(targets: readonly TargetResult[]): TargetResult[] {
  return targets.filter((t) => t.basis === 'model' && (t.status === 'met' || t.status === 'at-risk' || t.status === 'missed'));
}

/** Illinois false position on [a, b] with f(a), f(b) of opposite signs. */
export function falsePosition(f: (x: number) => number, a: number, b: number, fa: number, fb: number, tol: number): number {
  let side = 0;
  for (let i = 0; i < 200; i++) {
    const c = (a * fb - b * fa) / (fb - fa);
    const fc = f(c);
    if (fc === 0 || Math.abs(b - a) < tol) return c;
    if (Math.sign(fc) === Math.sign(fb)) { b = c; fb = fc; if (side === -1) fa /= 2; side = -1; }
    else { a = c; fa = fc; if (side === 1) fb /= 2; side = 1; }
    if (Math.abs(b - a) < tol) return (a + b) / 2;
  }
  return (a + b) / 2;
}

/** Margins of every modelled target against every applicable lever (or the given ones). */
export function margins(plan: PlanData, scenario: ResolvedScenario, options: { levers?: { lever: DecisionLever; lo?: number; hi?: number }[]; targets?: string[] } = {}): MarginsResult {
  const lean = leanPlan(plan);
  const base = project(lean, scenario);
  const rowsOf = modelledTargets(base.targets).filter((t) => !options.targets || options.targets.includes(t.id));
  const fast = seriesPlan(plan);
  const horizon = Math.max(scenario.baseYear + 1, ...rowsOf.map((t) => t.year));
  const cut = truncateHorizon(scenario, horizon);
  const levers: { lever: DecisionLever; lo?: number; hi?: number }[] = options.levers ?? applicableDecisionLevers(scenario).map((lever) => ({ lever }));
  const rows: MarginRow[] = [];
  for (const { lever, lo: userLo, hi: userHi } of levers) {
    const range = defaultRange(lever, scenario, 'constant');
    const lo = userLo ?? range.lo, hi = userHi ?? range.hi;
    const current = currentLeverValue(lever, scenario, base, plan.period);
    const cache = new Map<number, ReturnType<typeof project>>();
    const at = (v: number) => { let p = cache.get(v); if (!p) { p = project(fast, lever.apply(cut, v, 'constant')); cache.set(v, p); } return p; };
    const grid = Array.from({ length: SCAN_POINTS + 1 }, (_, i) => lo + ((hi - lo) * i) / SCAN_POINTS);
    for (const t of rowsOf) {
      const ref = bindOutput(t.id, t.year, lean, base);
      const goals = t.comparator === 'range' ? [{ value: t.min!, kind: 'lower' as const }, { value: t.max!, kind: 'upper' as const }]
        : [{ value: t.target, kind: t.comparator === '>=' || t.comparator === '>' ? 'lower' as const : t.comparator === '=' ? 'equal' as const : 'upper' as const }];
      const found = goals.map((goal) => breakeven(ref, goal.value, goal.kind, at, grid, current, lo, hi, lever));
      const best = found.filter((f) => f.breakeven !== null).sort((a, b) => Math.abs(a.margin!) - Math.abs(b.margin!))[0] ?? found[0];
      rows.push({ target: t.id, year: t.year, lever: lever.id, current, lo, hi, ...best });
    }
  }
  return { targets: rowsOf.map((t) => t.id), levers: levers.map((l) => l.lever.id), rows };
}

function breakeven(ref: ReturnType<typeof bindOutput>, goal: number, kind: 'lower' | 'upper' | 'equal', at: (v: number) => ReturnType<typeof project>, grid: number[], current: number, lo: number, hi: number, lever: DecisionLever): Pick<MarginRow, 'breakeven' | 'margin' | 'reason'> {
  const g = (v: number) => readOutput(ref, at(v)) - goal;
  const values = grid.map(g);
  const span = { en: `[${leverValueText(lever, lo)}, ${leverValueText(lever, hi)}]`, zh: `[${leverValueText(lever, lo)}, ${leverValueText(lever, hi)}]` };
  if (values.every((v) => Math.abs(v - values[0]) <= 1e-12 * Math.max(1, Math.abs(goal)))) {
    return { breakeven: null, margin: null, reason: { en: 'this lever does not move this target', zh: '该杠杆不影响此目标' } };
  }
  let bestRoot: number | null = null;
  for (let i = 0; i < grid.length - 1; i++) {
    const [a, b, fa, fb] = [grid[i], grid[i + 1], values[i], values[i + 1]];
    let root: number | null = null;
    if (fa === 0) root = a;
    else if (fb === 0) root = b;
    else if (Math.sign(fa) !== Math.sign(fb)) root = falsePosition(g, a, b, fa, fb, 1e-13 * Math.max(1, Math.abs(b)));
    if (root !== null && (bestRoot === null || Math.abs(root - current) < Math.abs(bestRoot - current))) bestRoot = root;
  }
  if (bestRoot === null) {
    const min = Math.min(...values) + goal, max = Math.max(...values) + goal;
    return { breakeven: null, margin: null, reason: { en: `not reachable in ${span.en} (the output ranges from ${min.toPrecision(5)} to ${max.toPrecision(5)})`, zh: `在 ${span.zh} 范围内无法达到(输出介于 ${min.toPrecision(5)} 与 ${max.toPrecision(5)} 之间)` } };
  }
  const h = 1e-6 * Math.max(1, Math.abs(bestRoot));
  const slope = Math.sign(g(Math.min(hi, bestRoot + h)) - g(Math.max(lo, bestRoot - h)));
  const margin = kind === 'equal' ? -Math.abs(current - bestRoot) : kind === 'lower' ? (current - bestRoot) * slope : (bestRoot - current) * slope;
  return { breakeven: bestRoot, margin };
}
