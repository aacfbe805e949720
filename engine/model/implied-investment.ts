/**
 * The investment a growth path implies (any growth mode), 亿元 at base-year prices:
 *
 *   I(t) = sum_s icor_s x max(0, VA_real(s, t) - VA_real(s, t-1))  +  delta x K(t-1)
 *   K(t) = K(t-1) + sum_s icor_s x max(0, VA_real(s, t) - VA_real(s, t-1)),  K(0) = k0 x gdpReal(0)
 *
 * The ICORs are gross (investment per unit of added output, as the national accounts give them), so by
 * default delta = 0 and there is no separate replacement term. A sector that shrinks needs no
 * investment (it is floored at zero, not negative). The cumulative sum from the base year is compared
 * with the plan's investment programme (the 2021-2025 major-project reserve).
 */
import { SECTORS, type Sector } from '../scenario/scenario-types';

/** Implied-investment inputs. */
export interface ImpliedInvestmentInput {
  /** Incremental capital-output ratio by sector (investment / added real value added). */
  icor: Record<Sector, number>;
  /** Replacement of the capital stock per year (fraction of K(t-1)); 0 with gross ICORs. */
  depreciation: number;
  /** Base-year capital stock over real GDP (only used when depreciation > 0). */
  capitalOutputRatio: number;
}

/**
 * Implied investment per year (index 0, the base year: 0) and its running total.
 * @example impliedInvestment({ primary: [1, 1], secondary: [100, 110], tertiary: [50, 55] }, { icor: { primary: 5, secondary: 4, tertiary: 6 }, depreciation: 0, capitalOutputRatio: 3 }).perYearYi // => [0, 70]
 */
export function impliedInvestment(valueAddedReal: Record<Sector, readonly number[]>, input: ImpliedInvestmentInput): { perYearYi: number[]; cumulativeYi: number[] } {
  const years = valueAddedReal.primary.length;
  let capital = input.capitalOutputRatio * SECTORS.reduce((a, s) => a + valueAddedReal[s][0], 0);
  const perYearYi = [0];
  const cumulativeYi = [0];
  for (let t = 1; t < years; t++) {
    const net = SECTORS.reduce((a, s) => a + input.icor[s] * Math.max(0, valueAddedReal[s][t] - valueAddedReal[s][t - 1]), 0);
    const gross = net + input.depreciation * capital;
    capital += net;
    perYearYi.push(gross);
    cumulativeYi.push(cumulativeYi[t - 1] + gross);
  }
  return { perYearYi, cumulativeYi };
}
