/**
 * Levers of the investment growth mode, for goal seek ("what realisation of the programme, what
 * investment, what TFP growth, what ICOR reaches 4000 亿元 in 2025?"). Like the sectoral levers
 * (solve/levers.ts): `constant` sets the value (every year for a path), `shift` adds it.
 */
import { PlanpathError, issue, type ValidationIssue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { InvestmentSpec, RatePath, ResolvedScenario } from '../scenario/scenario-types';
import { expandRatePath } from '../scenario/expand';
import { RATE_CEILING, RATE_FLOOR } from '../scenario/limits';
import { INVESTMENT_LIMITS } from './investment-limits';
import { investmentAmounts } from './expand-investment';

/** Levers of the investment block. `amountYi` is 亿元 a year; the others are as in the scenario file. */
export const INVESTMENT_LEVERS = ['investment.realisationRate', 'investment.amountYi', 'investment.tfpGrowth', 'investment.icor'] as const;
/** One of {@link INVESTMENT_LEVERS}. */
export type InvestmentLeverId = (typeof INVESTMENT_LEVERS)[number];

/** True when `lever` names an investment lever. */
export const isInvestmentLever = (lever: string): lever is InvestmentLeverId => (INVESTMENT_LEVERS as readonly string[]).includes(lever);

/** Allowed range (floor exclusive, ceiling inclusive) of an investment lever's value. */
export function investmentLeverBounds(lever: InvestmentLeverId): { floor: number; ceiling: number } {
  switch (lever) {
    case 'investment.realisationRate': return { floor: 0, ceiling: INVESTMENT_LIMITS.realisationRate };
    case 'investment.amountYi': return { floor: 0, ceiling: INVESTMENT_LIMITS.amountYi };
    case 'investment.tfpGrowth': return { floor: RATE_FLOOR, ceiling: RATE_CEILING.deflator };
    case 'investment.icor': return { floor: 0, ceiling: INVESTMENT_LIMITS.icor };
    default: return lever satisfies never;
  }
}

/** False for levers that are not fractions (investment in 亿元, the ICOR): show them as numbers, not percent. */
export const leverIsFraction = (lever: string): boolean => lever !== 'investment.amountYi' && lever !== 'investment.icor';

const field = (lever: InvestmentLeverId) => lever.split('.')[1] as 'realisationRate' | 'amountYi' | 'tfpGrowth' | 'icor';

/**
 * Why `lever` cannot move `scenario`'s output, or undefined when it can: investment levers need
 * investment mode (and the method and investment source they act on), `realGrowth` levers need sectoral mode.
 */
export function leverMismatch(scenario: ResolvedScenario, lever: string): ValidationIssue | undefined {
  const investment = scenario.growthMode === 'investment' && scenario.investment;
  const say = (en: string, zh: string, allowedEn: string, allowedZh: string) => issue('vary', lever, { en, zh }, { en: allowedEn, zh: allowedZh });
  if (!isInvestmentLever(lever)) {
    return investment && lever.startsWith('realGrowth')
      ? say('realGrowth does not drive a scenario in investment growth mode', '投资驱动模式下 realGrowth 不决定增长', INVESTMENT_LEVERS.join(', '), INVESTMENT_LEVERS.join('、'))
      : undefined;
  }
  if (!investment) return say('an investment lever, but the scenario is in sectoral growth mode', '这是投资杠杆,但情景为分产业增长模式', 'a sectoral lever (realGrowth, deflator, ...) or a scenario with "growthMode": "investment"', '分产业杠杆(realGrowth、deflator 等)或 "growthMode": "investment" 的情景');
  const spec = scenario.investment!;
  if (lever === 'investment.realisationRate' && spec.amountYi !== undefined) return say('the scenario sets investment.amountYi, so the realisation rate is not used', '情景设定了 investment.amountYi,实现比例不起作用', 'investment.amountYi', 'investment.amountYi');
  if (lever === 'investment.tfpGrowth' && spec.method !== 'cobb-douglas') return say('TFP growth is used by method "cobb-douglas" only', 'TFP 增长仅用于 "cobb-douglas" 方法', 'investment.icor or investment.amountYi', 'investment.icor 或 investment.amountYi');
  if (lever === 'investment.icor' && spec.method !== 'icor') return say('the ICOR is used by method "icor" only', 'ICOR 仅用于 "icor" 方法', 'investment.tfpGrowth or investment.amountYi', 'investment.tfpGrowth 或 investment.amountYi');
  return undefined;
}

/** Throws the mismatch of {@link leverMismatch} as a typed error. */
export function assertLeverApplies(scenario: ResolvedScenario, lever: string): void {
  const problem = leverMismatch(scenario, lever);
  if (problem) throw new PlanpathError('invalid-request', [problem]);
}

/** The lever's current values, one per projected year (the realisation rate repeated). */
export function investmentLeverPath(plan: PlanData | undefined, scenario: ResolvedScenario, lever: InvestmentLeverId): number[] {
  const n = scenario.endYear - scenario.baseYear;
  const spec = scenario.investment;
  if (!spec) return new Array<number>(n).fill(0);
  switch (lever) {
    case 'investment.realisationRate': return new Array<number>(n).fill(spec.realisationRate ?? 0);
    case 'investment.amountYi': return plan ? investmentAmounts(plan, spec, Array.from({ length: n }, (_, i) => scenario.baseYear + 1 + i)) : expandRatePath(spec.amountYi ?? 0, n);
    case 'investment.tfpGrowth': return expandRatePath(spec.tfpGrowth ?? 0, n);
    case 'investment.icor': return expandRatePath(spec.icor ?? 0, n);
    default: return lever satisfies never;
  }
}

/**
 * The scenario with an investment lever set to `value` (constant) or shifted by it (shift).
 * @throws PlanpathError when the scenario has no investment block to move
 */
export function applyInvestmentLever(scenario: ResolvedScenario, lever: InvestmentLeverId, value: number, mode: 'constant' | 'shift', plan?: PlanData): ResolvedScenario {
  const spec = scenario.investment;
  if (!spec) throw new PlanpathError('invalid-request', [leverMismatch(scenario, lever) ?? issue('vary', lever, { en: 'the scenario has no investment block', zh: '情景没有 investment 设置' }, { en: 'a scenario with an "investment" block', zh: '含 "investment" 块的情景' })]);
  const name = field(lever);
  if (name === 'amountYi' && mode === 'shift' && spec.amountYi === undefined && !plan) {
    throw new PlanpathError('invalid-request', [issue('--mode', mode, { en: 'shifting investment.amountYi needs amounts in the scenario (it takes them from the plan\'s programme)', zh: '平移 investment.amountYi 需要情景中给出投资额(当前取自规划投资计划)' }, { en: 'constant mode, or a scenario with investment.amountYi', zh: 'constant 方式,或给出 investment.amountYi 的情景' })]);
  }
  let next: InvestmentSpec;
  if (name === 'realisationRate') {
    next = { ...spec, realisationRate: mode === 'constant' ? value : (spec.realisationRate ?? 0) + value };
  } else {
    const current = investmentLeverPath(plan, scenario, lever);
    const moved: RatePath = mode === 'constant' ? value : current.map((v) => v + value);
    next = { ...spec, [name]: moved };
  }
  return { ...scenario, investment: next };
}
