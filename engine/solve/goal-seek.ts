/**
 * Goal seek: the value of one lever that makes one output reach a target (closed form where one
 * exists, bisection otherwise), and two levers for two targets at once (engine/decision/solve-many.ts:
 * safeguarded Newton; when both cannot be met, the error names the truly closest pair). "No solution in range" is a typed error that says
 * what the lever can reach.
 */
import { bisect } from 'simple-statistics';
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from '../model/project';
import type { Projection } from '../model/projection-types';
import { applyLever, leverRange, type AnyLeverId, type LeverMode } from './levers';
import { closedFormLever } from './closed-form';
import { assertLeverApplies } from '../investment/investment-levers';
import { bindTarget, readTarget, type BoundTarget, type SolveTarget } from './solve-target';
import { solveMany } from '../decision/solve-many';
import { findDecisionLever } from '../decision/decision-lever';
import { defaultRange } from '../decision/lever-spec';
import { leverName, leverValueText, outputName } from '../decision/decision-labels';

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

/** "No solution in range" as a sentence: the lever and output named, the numbers formatted. */
function noSolution(field: string, target: BoundTarget, lo: number, hi: number, reachLo: number, reachHi: number, plan: PlanData, lever: AnyLeverId, mode: LeverMode): PlanpathError {
  const [a, b] = reachLo <= reachHi ? [reachLo, reachHi] : [reachHi, reachLo];
  const name = leverName(lever), out = outputName(target, plan);
  const spec = findDecisionLever(lever);
  const v = (x: number, lang: 'zh' | 'en') => leverValueText(spec, x, mode === 'shift', lang);
  if (a === b) {
    return new PlanpathError('no-solution', [issue(field, target.value, {
      en: `${name.en.charAt(0).toUpperCase()}${name.en.slice(1)} does not change ${out.en} in this model; choose another lever`,
      zh: `在本模型中,${name.zh}不影响${out.zh};请选择其他杠杆`,
    }, { en: 'a lever that moves the target', zh: '能影响该目标的杠杆' })]);
  }
  return new PlanpathError('no-solution', [
    issue(field, target.value, {
      en: `no solution in range: with ${name.en} between ${v(lo, 'en')} and ${v(hi, 'en')}, ${out.en} in ${target.year} only reaches ${fmtOut(a)} to ${fmtOut(b)}; choose a target in that range or another lever`,
      zh: `范围内无解:${name.zh}在 ${v(lo, 'zh')} 至 ${v(hi, 'zh')} 之间时,${out.zh} ${target.year} 年只能达到 ${fmtOut(a)} 至 ${fmtOut(b)};请选择该范围内的目标或其他杠杆`,
    }, { en: `a target between ${fmtOut(a)} and ${fmtOut(b)}`, zh: `${fmtOut(a)} 至 ${fmtOut(b)} 之间的目标` }),
  ]);
}

const fmtOut = (x: number) => (!Number.isFinite(x) || Math.abs(x) >= 1e9 || (x !== 0 && Math.abs(x) < 1e-3) ? fmt(x) : Math.abs(x) >= 100 ? x.toLocaleString('en-US', { maximumFractionDigits: 0 }) : x.toPrecision(4));

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
  if (Math.sign(fLo) === Math.sign(fHi)) throw noSolution('target', bound, lo, hi, reachLo, reachHi, plan, choice.lever, mode);
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
  if (modes[0] !== modes[1]) {
    throw new PlanpathError('invalid-request', [issue('mode', modes.join('/'), { en: 'the two levers move in different modes', zh: '两个杠杆的变动方式不同' }, { en: 'one mode for both levers', zh: '两个杠杆使用同一方式' })]);
  }
  // The general solver (engine/decision): Newton on the relative misses with a safeguard that cannot
  // diverge; when the pair cannot meet both targets it finds the truly closest pair (least squares, then
  // the smallest change from the scenario's values), which the error reports.
  const mode = modes[0];
  const specs = choices.map((c) => { const lever = findDecisionLever(c.lever); return { lever, ...defaultRange(lever, scenario, mode), userBounds: false }; });
  const r = solveMany(plan, scenario, targets, specs, mode);
  if (!r.exact) {
    throw new PlanpathError('no-solution', [issue('target', targets.map((t) => `${t.output}@${t.year}=${t.value}`).join(' & '), {
      en: `no solution in range: the closest pair (${r.levers.map((l) => `${l.lever} = ${fmt(l.value)}`).join(', ')}) reaches ${r.achieved.map((a) => `${a.output} ${fmt(a.achieved)}`).join(', ')}`,
      zh: `范围内无解:最接近的组合(${r.levers.map((l) => `${l.lever} = ${fmt(l.value)}`).join(',')})只达到 ${r.achieved.map((a) => `${a.output} ${fmt(a.achieved)}`).join(',')}`,
    }, { en: 'targets that both levers can reach together within their ranges', zh: '两个杠杆在允许范围内能同时达到的目标' })]);
  }
  return { method: 'newton', levers: choices.map((c, i) => ({ lever: c.lever, mode, value: r.levers[i].value })), achieved: r.achieved.map(({ output, year, value, achieved, relativeError }) => ({ output, year, value, achieved, relativeError })), scenario: r.scenario, projection: r.projection, iterations: r.iterations };
}
