/**
 * What it takes: any number of targets with any number of levers, each lever within bounds.
 *
 * One iteration covers every shape. With r the relative misses ((achieved - target) / target), J their
 * Jacobian (central differences) in scaled lever units u = (x - x0) / s, and J^+ its pseudo-inverse:
 *
 *   step = (u0 - u) + J^+ (-r - J (u0 - u))
 *
 * As many levers as targets (J invertible): Newton's step -J^-1 r. More targets: the Gauss-Newton step of
 * least squares on the relative misses. Fewer targets, or levers that move no target (ties): the solution
 * closest to the scenario's current lever values (the null-space part pulls toward u0). Bounds: a lever the
 * step pushes out of its range is fixed at the bound and the step recomputed for the others (active set).
 * Safeguard that cannot diverge: the step is halved until the sum of squared misses falls; if no fraction
 * of it does, a steepest-descent step is tried; when neither helps the point is stationary and the search
 * stops. The sum of squares therefore never rises.
 */
import { PlanpathError, issue } from '../errors';
import type { LocalizedText, PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from '../model/project';
import type { Projection } from '../model/projection-types';
import type { LeverMode } from '../solve/levers';
import type { SolveTarget } from '../solve/solve-target';
import { bindOutput, readOutput, type OutputRef } from './output-ref';
import { currentLeverValue, type LeverSpec } from './lever-spec';
import { pseudoInverse, multiply } from './pseudo-inverse';
import { assertDecisionLeverApplies } from './decision-lever';
import { leverName, leverValueText, outputName, outputValueText } from './decision-labels';
import { seriesPlan, truncateHorizon } from './lean-plan';

export interface ManyAchieved extends SolveTarget {
  achieved: number;
  /** |achieved - value| / |value|. */
  relativeError: number;
}

export interface ManyLever {
  lever: string;
  mode: LeverMode;
  value: number;
  /** The value (constant mode) or shift (0) the search started from and stays closest to. */
  current: number;
  lo: number;
  hi: number;
}

export interface ManyResult {
  /** `newton` (square), `least-squares` (more targets than levers), `minimum-change` (fewer). */
  method: 'newton' | 'least-squares' | 'minimum-change';
  /** Every target met within a relative 1e-9. */
  exact: boolean;
  levers: ManyLever[];
  achieved: ManyAchieved[];
  /** Relative misses (achieved - target) / target, one per target. */
  residuals: number[];
  /** Levers held at a bound that the solution would cross. */
  binding: { lever: string; bound: 'lower' | 'upper'; value: number }[];
  iterations: number;
  /** Plain sentences for the user: what was found, what cannot be met, which levers move nothing. */
  notes: LocalizedText[];
  scenario: ResolvedScenario;
  projection: Projection;
}

const EXACT = 1e-9;
/** A lever whose every relative-miss derivative (per unit of scaled lever) is below this moves no target. */
const DEAD = 1e-9;
/** Singular values below this share of the largest are finite-difference noise (steps of 1e-7 on misses near 1e-16). */
const JACOBIAN_NOISE = 1e-7;
const sumSq = (r: number[]) => r.reduce((s, v) => s + v * v, 0);

/** Solves `targets` by moving `levers` (bounds in each spec). @throws PlanpathError for bad requests */
export function solveMany(plan: PlanData, scenario: ResolvedScenario, targets: SolveTarget[], levers: LeverSpec[], mode: LeverMode = 'constant'): ManyResult {
  if (targets.length === 0 || levers.length === 0) {
    throw new PlanpathError('invalid-request', [issue('--target/--vary', `${targets.length}/${levers.length}`, { en: 'nothing to solve', zh: '没有可求解的内容' }, { en: 'at least one --target and one --vary', zh: '至少一个 --target 和一个 --vary' })]);
  }
  levers.forEach((l, i) => assertDecisionLeverApplies(l.lever, scenario, `--vary[${i}]`));
  const dup = levers.find((l, i) => levers.findIndex((m) => m.lever.id === l.lever.id) !== i);
  if (dup) throw new PlanpathError('invalid-request', [issue('--vary', dup.lever.id, { en: 'the same lever twice', zh: '同一杠杆出现两次' }, { en: 'different levers', zh: '不同的杠杆' })]);
  const base = project(plan, scenario);
  const refs: OutputRef[] = targets.map((t, i) => bindOutput(t.output, t.year, plan, base, `--target[${i}]`));
  const k = levers.length, m = targets.length;
  const apply = (x: number[]) => levers.reduce((s, l, j) => l.lever.apply(s, x[j], mode), scenario);
  const misses = (p: Projection) => refs.map((ref, i) => (readOutput(ref, p) - targets[i].value) / Math.max(Math.abs(targets[i].value), 1e-12));
  // Residuals from the series-only plan up to the last target year (same values, faster); the result is projected in full.
  const fast = seriesPlan(plan);
  const horizon = Math.max(...targets.map((t) => t.year));
  const residual = (x: number[]) => misses(project(fast, truncateHorizon(apply(x), horizon)));
  const clamp = (v: number, j: number) => Math.min(levers[j].hi, Math.max(levers[j].lo, v));
  const x0 = levers.map((l, j) => clamp(mode === 'constant' ? currentLeverValue(l.lever, scenario, base, plan.period) : 0, j));
  const scale = levers.map((l, j) => (l.lever.isFraction ? 1 : Math.max(Math.abs(x0[j]), (l.hi - l.lo) / 100, 1e-9)));

  const jacobian = (x: number[]): number[][] => {
    const cols = levers.map((l, j) => {
      const h = 1e-7 * scale[j] * Math.max(1, Math.abs(x[j] / scale[j]));
      const up = Math.min(x[j] + h, l.hi), down = Math.max(x[j] - h, l.lo);
      const xp = x.slice(); xp[j] = up;
      const xm = x.slice(); xm[j] = down;
      const rp = residual(xp), rm = residual(xm);
      return rp.map((v, i) => ((v - rm[i]) / (up - down)) * scale[j]);
    });
    return Array.from({ length: m }, (_, i) => cols.map((c) => c[i]));
  };

  let x = x0.slice();
  const J0 = jacobian(x);
  const dead = levers.map((_, j) => J0.every((row) => Math.abs(row[j]) < DEAD));
  if (dead.every(Boolean)) {
    const notes = explain(plan, refs, targets, levers, J0, [], true, [], m, k).slice(0, k);
    throw new PlanpathError('no-solution', [issue('--vary', levers.map((l) => l.lever.id).join(', '), notes.length === 1 ? notes[0] : { en: notes.map((n) => n.en).join(' '), zh: notes.map((n) => n.zh).join('') }, { en: 'a lever that moves the target', zh: '能影响目标的杠杆' })]);
  }
  let r = residual(x);
  let phi = sumSq(r);
  let iterations = 0;
  let fixed = new Set<number>();
  for (; iterations < 100; iterations++) {
    const J = iterations === 0 ? J0 : jacobian(x);
    // Active set: free levers get the pseudo-inverse step; a lever pushed past a bound is fixed there.
    fixed = new Set<number>();
    let target = x.slice();
    for (let pass = 0; pass <= k; pass++) {
      const free = levers.map((_, j) => j).filter((j) => !fixed.has(j));
      const rLin = r.map((v, i) => v + levers.reduce((s, _, j) => s + (fixed.has(j) ? (J[i][j] * (target[j] - x[j])) / scale[j] : 0), 0));
      const toward = free.map((j) => (x0[j] - x[j]) / scale[j]);
      const Jf = J.map((row) => free.map((j) => row[j]));
      const rhs = rLin.map((v, i) => -v - Jf[i].reduce((s, c, a) => s + c * toward[a], 0));
      const d = multiply(pseudoInverse(Jf, JACOBIAN_NOISE), rhs).map((v, a) => v + toward[a]);
      let violated = false;
      free.forEach((j, a) => {
        const next = x[j] + d[a] * scale[j];
        if (next < levers[j].lo || next > levers[j].hi) { fixed.add(j); target[j] = clamp(next, j); violated = true; }
        else target[j] = next;
      });
      if (!violated || free.length === 0) break;
    }
    const stepSize = Math.max(...target.map((v, j) => Math.abs(v - x[j]) / scale[j]));
    if (stepSize < 1e-15) break;
    let accepted = false;
    for (let t = 1; t > 1e-9; t /= 2) {
      const cand = x.map((v, j) => clamp(v + t * (target[j] - v), j));
      const rc = residual(cand);
      const pc = sumSq(rc);
      if (pc < phi || (t === 1 && pc <= phi) || pc <= 1e-26) { x = cand; r = rc; phi = pc; accepted = true; break; }
    }
    if (!accepted) {
      // Steepest descent on the sum of squares (the fallback that cannot diverge).
      const g = levers.map((_, j) => r.reduce((s, v, i) => s + v * J[i][j], 0));
      const gg = sumSq(g);
      if (gg === 0) break;
      let moved = false;
      for (let a = phi / gg; a > 1e-18; a /= 4) {
        const cand = x.map((v, j) => clamp(v - a * g[j] * scale[j], j));
        const rc = residual(cand);
        if (sumSq(rc) < phi) { x = cand; r = rc; phi = sumSq(rc); moved = true; break; }
      }
      if (!moved) break;
    }
    if (stepSize < 1e-9 && Math.max(...r.map(Math.abs)) <= 1e-13) break;
  }
  const solved = apply(x);
  const projection = project(plan, solved);
  const achieved = refs.map((ref, i) => {
    const a = readOutput(ref, projection);
    return { ...targets[i], achieved: a, relativeError: Math.abs(a - targets[i].value) / Math.max(Math.abs(targets[i].value), 1e-300) };
  });
  const exact = achieved.every((a) => a.relativeError <= EXACT);
  const atBound = (j: number): 'lower' | 'upper' | undefined => (Math.abs(x[j] - levers[j].lo) <= 1e-9 * scale[j] ? 'lower' : Math.abs(x[j] - levers[j].hi) <= 1e-9 * scale[j] ? 'upper' : undefined);
  const binding = levers.flatMap((l, j) => {
    const b = atBound(j);
    return b && (fixed.has(j) || !exact) ? [{ lever: l.lever.id, bound: b, value: x[j] }] : [];
  });
  const method = m === k ? 'newton' : m > k ? 'least-squares' : 'minimum-change';
  const notes = explain(plan, refs, targets, levers, J0, achieved, exact, binding, m, k);
  return {
    method, exact,
    levers: levers.map((l, j) => ({ lever: l.lever.id, mode, value: x[j], current: x0[j], lo: l.lo, hi: l.hi })),
    achieved, residuals: achieved.map((a, i) => (a.achieved - targets[i].value) / Math.max(Math.abs(targets[i].value), 1e-300)),
    binding, iterations, notes, scenario: solved, projection,
  };
}

function explain(plan: PlanData, refs: OutputRef[], targets: SolveTarget[], levers: LeverSpec[], J0: number[][], achieved: ManyAchieved[], exact: boolean, binding: ManyResult['binding'], m: number, k: number): LocalizedText[] {
  const notes: LocalizedText[] = [];
  levers.forEach((l, j) => {
    if (J0.every((row) => Math.abs(row[j]) < DEAD)) {
      const what = refs.length === 1 ? outputName(refs[0], plan) : { zh: '所选目标', en: 'any of the chosen targets' };
      const name = leverName(l.lever.id);
      notes.push({ en: `${cap(name.en)} does not change ${what.en} in this model; choose another lever.`, zh: `在本模型中,${name.zh}不影响${what.zh};请选择其他杠杆。` });
    }
  });
  if (exact) {
    notes.push(m < k
      ? { en: `All ${m} targets are met; of the many ways to meet them, this is the one closest to the scenario's current values.`, zh: `${m} 个目标全部达到;在多种可行组合中,这是最接近情景现值的一组。` }
      : { en: `All ${m} targets are met exactly.`, zh: `${m} 个目标全部精确达到。` });
  } else {
    const missed = achieved.filter((a) => a.relativeError > EXACT).map((a, _i) => {
      const ref = refs[targets.indexOf(targets.find((t) => t.output === a.output && t.year === a.year)!)];
      const name = outputName(ref, plan);
      const miss = (a.achieved - a.value) / Math.abs(a.value);
      const pct = `${miss > 0 ? '+' : ''}${(miss * 100).toPrecision(3)}%`;
      return { en: `${name.en} ${a.year} reaches ${outputValueText(a.achieved)} against ${outputValueText(a.value)} (${pct})`, zh: `${name.zh} ${a.year} 年达到 ${outputValueText(a.achieved)},目标 ${outputValueText(a.value)}(${pct})` };
    });
    notes.push({
      en: `Not all targets can be met together with these levers${m > k ? ` (${m} targets, ${k} levers)` : ''}: this is the closest compromise (least squares on relative misses). ${missed.map((x) => x.en).join('; ')}.`,
      zh: `用这些杠杆无法同时达到全部目标${m > k ? `(${m} 个目标,${k} 个杠杆)` : ''}:以下为最接近的折中(相对偏差的最小二乘)。${missed.map((x) => x.zh).join(';')}。`,
    });
  }
  for (const b of binding) {
    const l = levers.find((x) => x.lever.id === b.lever)!;
    const name = leverName(b.lever);
    const v = leverValueText(l.lever, b.value);
    notes.push(b.bound === 'upper'
      ? { en: `The upper bound of ${name.en} binds (${v}).`, zh: `${name.zh}受上限约束(${v})。` }
      : { en: `The lower bound of ${name.en} binds (${v}).`, zh: `${name.zh}受下限约束(${v})。` });
  }
  return notes;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
