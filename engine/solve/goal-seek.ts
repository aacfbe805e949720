/**
 * Goal seek: the value of one lever that makes one output reach a target (closed form where one
 * exists, bisection otherwise), and two levers for two targets at once (damped Newton with a
 * finite-difference Jacobian solved by mathjs). "No solution in range" is a typed error that says
 * what the lever can reach.
 */
import { bisect } from 'simple-statistics';
import { lusolve } from 'mathjs';
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from '../model/project';
import type { Projection } from '../model/projection-types';
import { applyLever, leverPath, leverRange, type AnyLeverId, type LeverMode } from './levers';
import { closedFormLever } from './closed-form';
import { assertLeverApplies } from '../investment/investment-levers';
import { bindTarget, readTarget, type BoundTarget, type SolveTarget } from './solve-target';

/** A lever to vary. `mode` defaults to `constant` (one value for every year). */
export interface LeverChoice {
  lever: AnyLeverId;
  mode?: LeverMode;
}

export interface Achieved extends SolveTarget {
  /** The output's value after applying the solution, in the target's unit. */
  achieved: number;
  relativeError: number;
}

export interface SolveResult {
  method: 'closed-form' | 'bisection' | 'newton';
  levers: (LeverChoice & { value: number })[];
  achieved: Achieved[];
  /** The scenario with the solution applied (ready to save or run). */
  scenario: ResolvedScenario;
  projection: Projection;
  iterations: number;
}

const relErr = (a: number, b: number) => Math.abs(a - b) / Math.max(Math.abs(b), 1e-300);
const fmt = (x: number) => (Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(4) : x.toPrecision(6));

function noSolution(field: string, target: BoundTarget, lo: number, hi: number, reachLo: number, reachHi: number): PlanpathError {
  const [a, b] = reachLo <= reachHi ? [reachLo, reachHi] : [reachHi, reachLo];
  return new PlanpathError('no-solution', [
    issue(field, target.value, {
      en: `no solution in range: with the lever between ${fmt(lo)} and ${fmt(hi)}, ${target.output} in ${target.year} only reaches ${fmt(a)} to ${fmt(b)}`,
      zh: `范围内无解:杠杆在 ${fmt(lo)} 至 ${fmt(hi)} 之间时,${target.output} 在 ${target.year} 年只能达到 ${fmt(a)} 至 ${fmt(b)}`,
    }, { en: `a target between ${fmt(a)} and ${fmt(b)}`, zh: `${fmt(a)} 至 ${fmt(b)} 之间的目标` }),
  ]);
}

/** Solves one lever for one target. @throws PlanpathError 'no-solution' or 'invalid-request' */
export function solveOne(plan: PlanData, scenario: ResolvedScenario, target: SolveTarget, choice: LeverChoice): SolveResult {
  assertLeverApplies(scenario, choice.lever);
  const mode = choice.mode ?? 'constant';
  const base = project(plan, scenario);
  const bound = bindTarget(target, plan, base);
  const evaluate = (v: number) => readTarget(bound, project(plan, applyLever(scenario, choice.lever, v, mode)));
  const { lo, hi } = leverRange(scenario, choice.lever, mode);
  const finish = (value: number, method: SolveResult['method'], iterations: number): SolveResult => {
    const solved = applyLever(scenario, choice.lever, value, mode);
    const projection = project(plan, solved);
    const achieved = readTarget(bound, projection);
    return { method, levers: [{ lever: choice.lever, mode, value }], achieved: [{ ...target, achieved, relativeError: relErr(achieved, target.value) }], scenario: solved, projection, iterations };
  };
  const closed = closedFormLever(plan, scenario, base, choice.lever, mode, bound);
  if (closed !== undefined && closed > lo && closed <= hi) return finish(closed, 'closed-form', 0);
  // The reachable values are reported as evaluated: adding the target back to a difference loses them
  // when the target is huge (1e308 - 8e4 + 1e308 is 0).
  const reachLo = evaluate(lo);
  const reachHi = evaluate(hi);
  const fLo = reachLo - bound.value;
  const fHi = reachHi - bound.value;
  if (fLo === 0) return finish(lo, 'bisection', 0);
  if (fHi === 0) return finish(hi, 'bisection', 0);
  if (Math.sign(fLo) === Math.sign(fHi)) throw noSolution('target', bound, lo, hi, reachLo, reachHi);
  let iterations = 0;
  // 1e-15 for rate levers; levers in other units (亿元, ICOR) need a tolerance above their values' spacing.
  const tolerance = Math.max(1e-15, 4 * Number.EPSILON * Math.max(Math.abs(lo), Math.abs(hi)));
  const value = bisect((v: number) => { iterations++; return evaluate(v) - bound.value; }, lo, hi, 400, tolerance);
  return finish(value, 'bisection', iterations);
}

/**
 * Solves two levers for two targets at once, e.g. secondary and tertiary growth so that GDP reaches
 * 4000 亿元 and the services share 50% in 2025. @throws PlanpathError 'no-solution' when Newton's method
 * finds no pair inside the levers' ranges.
 */
export function solveTwo(plan: PlanData, scenario: ResolvedScenario, targets: [SolveTarget, SolveTarget], choices: [LeverChoice, LeverChoice]): SolveResult {
  for (const c of choices) assertLeverApplies(scenario, c.lever);
  const modes = choices.map((c) => c.mode ?? 'constant') as [LeverMode, LeverMode];
  if (choices[0].lever === choices[1].lever) {
    throw new PlanpathError('invalid-request', [issue('vary', choices[1].lever, { en: 'the same lever twice', zh: '同一杠杆出现两次' }, { en: 'two different levers', zh: '两个不同的杠杆' })]);
  }
  const base = project(plan, scenario);
  const bound = targets.map((t, i) => bindTarget(t, plan, base, `target[${i}]`)) as [BoundTarget, BoundTarget];
  const ranges = choices.map((c, i) => leverRange(scenario, c.lever, modes[i]));
  const apply = (x: number[]) => applyLever(applyLever(scenario, choices[0].lever, x[0], modes[0]), choices[1].lever, x[1], modes[1]);
  const residual = (x: number[]) => {
    const p = project(plan, apply(x));
    return bound.map((t) => (readTarget(t, p) - t.value) / Math.max(Math.abs(t.value), 1e-12));
  };
  const clamp = (v: number, i: number) => Math.min(ranges[i].hi, Math.max(ranges[i].lo + 1e-6, v));
  let x = choices.map((c, i) => clamp(modes[i] === 'constant' ? mean(leverPath(scenario, c.lever)) : 0, i));
  let r = residual(x);
  let iterations = 0;
  for (; iterations < 100 && Math.max(Math.abs(r[0]), Math.abs(r[1])) > 1e-13; iterations++) {
    const h = 1e-7;
    const jac = [0, 1].map((j) => {
      const xp = x.slice(); xp[j] += h;
      const xm = x.slice(); xm[j] -= h;
      const rp = residual(xp), rm = residual(xm);
      return [0, 1].map((i) => (rp[i] - rm[i]) / (2 * h));
    });
    const J = [[jac[0][0], jac[1][0]], [jac[0][1], jac[1][1]]];
    const det = J[0][0] * J[1][1] - J[0][1] * J[1][0];
    if (!Number.isFinite(det) || Math.abs(det) < 1e-14) break;
    const step = (lusolve(J, r.map((v) => -v)) as number[][]).map((row) => row[0]);
    let lambda = 1;
    const norm = (v: number[]) => Math.hypot(v[0], v[1]);
    for (; lambda > 1e-6; lambda /= 2) {
      const cand = x.map((v, i) => clamp(v + lambda * step[i], i));
      const rc = residual(cand);
      if (norm(rc) < norm(r)) { x = cand; r = rc; break; }
    }
    if (lambda <= 1e-6) break;
  }
  const solved = apply(x);
  const projection = project(plan, solved);
  const achieved = bound.map((t) => { const a = readTarget(t, projection); return { output: t.output, year: t.year, value: t.value, achieved: a, relativeError: relErr(a, t.value) }; });
  if (achieved.some((a) => a.relativeError > 1e-9)) {
    throw new PlanpathError('no-solution', [issue('target', targets.map((t) => `${t.output}@${t.year}=${t.value}`).join(' & '), {
      en: `no solution in range: the closest pair found (${choices.map((c, i) => `${c.lever} = ${fmt(x[i])}`).join(', ')}) reaches ${achieved.map((a) => `${a.output} ${fmt(a.achieved)}`).join(', ')}`,
      zh: `范围内无解:找到的最接近组合(${choices.map((c, i) => `${c.lever} = ${fmt(x[i])}`).join(',')})只达到 ${achieved.map((a) => `${a.output} ${fmt(a.achieved)}`).join(',')}`,
    }, { en: 'targets that both levers can reach together within their ranges', zh: '两个杠杆在允许范围内能同时达到的目标' })]);
  }
  return { method: 'newton', levers: choices.map((c, i) => ({ lever: c.lever, mode: modes[i], value: x[i] })), achieved, scenario: solved, projection, iterations };
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
