/**
 * The "what it takes" headline, computed from the plan and the open scenario's projection: the GDP
 * level target needs a constant nominal growth of (target / base)^(1 / years) - 1; in real terms, with
 * the scenario's own price path, (target / base / deflator index in the target year)^(1 / years) - 1;
 * against the plan's record for the five years before the base year.
 */
import type { PlanData, Projection } from '../../engine/index';

export interface WhatItTakes {
  /** GDP target and base, 亿元 at current prices. */
  targetYi: number;
  baseYi: number;
  baseYear: number;
  targetYear: number;
  /** Constant growth a year that reaches the target: nominal, and real with the scenario's prices (fractions). */
  nominalRate: number;
  realRate: number;
  /** The scenario's own average real growth over the same years (fraction a year). */
  scenarioRealRate: number;
  /** The plan's record before the base year: average real growth a year (fraction) and its years. */
  past?: { from: number; to: number; rate: number };
}

/** The headline for the GDP target, or null when the plan or the projection has none. */
export function whatItTakes(plan: PlanData, p: Projection): WhatItTakes | null {
  const row = p.targets.find((r) => r.id === 'gdpNominal');
  if (!row) return null;
  const years = row.year - p.baseYear;
  const i = row.year - p.baseYear;
  if (years <= 0 || i >= p.years.length) return null;
  const baseYi = p.series.gdpNominal[0];
  const ratio = row.target / baseYi;
  const history = plan.history?.gdpGrowthAvg;
  return {
    targetYi: row.target,
    baseYi,
    baseYear: p.baseYear,
    targetYear: row.year,
    nominalRate: ratio ** (1 / years) - 1,
    realRate: (ratio / p.series.gdpDeflatorIndex[i]) ** (1 / years) - 1,
    scenarioRealRate: (p.series.gdpReal[i] / p.series.gdpReal[0]) ** (1 / years) - 1,
    past: history ? { from: history.from, to: history.to, rate: history.value } : undefined,
  };
}
