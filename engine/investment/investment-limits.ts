/**
 * Bounds of the investment block of a scenario (growthMode "investment"), gathered in one place like
 * scenario/limits.ts. The schema (scenario/schema.ts) reads them.
 */

/** Upper bounds of the investment block (growthMode "investment"). */
export const INVESTMENT_LIMITS = {
  /** Realisation of the plan's investment programme: at most 3 times the programme. */
  realisationRate: 3,
  /** Investment in one year: at most 1,000,000 亿元 (CNY 100 trillion, about China's GDP). */
  amountYi: 1_000_000,
  /** Capital stock over real GDP: at most 20. */
  capitalOutputRatio: 20,
  /** Depreciation: at most 50% of the capital stock a year. */
  depreciation: 0.5,
  /** Incremental capital-output ratio: at most 100. */
  icor: 100,
} as const;
