/**
 * Sobol indices for every year of one output, so a user sees which uncertain input dominates early and
 * which late. Each year is its own Sobol problem over the same groups and seed (engine/sensitivity), run in
 * process. A first-order index that exceeds its total by more than its own interval's half-width is
 * flagged (an estimation artefact, not a fact: S1 <= ST in theory). Years the shocks do not reach (no
 * variance) have no indices.
 */
import type { PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { compileSobol } from '../sensitivity/sobol-problem';
import { runSobol } from '../sensitivity/run-sobol';
import { evaluateSobolRows } from '../sensitivity/sobol-samples';
import type { IndexEstimate, SensitivityOptions, SobolGroupId } from '../sensitivity/sensitivity-types';
import { isPlanpathError } from '../errors';

/** Default base samples per year (smaller than a single Sobol run's: the cost is years x (groups + 2) x N). */
export const SOBOL_BY_YEAR_SAMPLES = 2048;

export interface SobolYear {
  year: number;
  /** Null when the output has no variance that year. */
  variance: number | null;
  groups: { id: SobolGroupId; first: IndexEstimate; total: IndexEstimate; flagged: boolean }[];
}

export interface SobolByYear {
  series: string;
  samples: number;
  groups: SobolGroupId[];
  years: SobolYear[];
}

export async function sobolByYear(plan: PlanData, scenario: ResolvedScenario, series: string, options: SensitivityOptions = {}): Promise<SobolByYear> {
  const samples = options.samples ?? SOBOL_BY_YEAR_SAMPLES;
  const years: SobolYear[] = [];
  const ids = new Set<SobolGroupId>();
  for (let year = scenario.baseYear + 1; year <= scenario.endYear; year++) {
    let problem;
    try {
      problem = compileSobol(plan, scenario, { series, year }, { ...options, samples });
    } catch (error) {
      if (isPlanpathError(error) && error.kind === 'invalid-request' && error.issues[0]?.path === 'output') { years.push({ year, variance: null, groups: [] }); continue; }
      throw error;
    }
    const r = await runSobol(problem, async (p, first, count) => [evaluateSobolRows(p, first, count)]);
    r.groups.forEach((g) => ids.add(g.id));
    years.push({
      year,
      variance: r.variance,
      groups: r.groups.map((g) => ({ ...g, flagged: g.first.estimate - g.total.estimate > (g.first.upper - g.first.lower) / 2 })),
    });
  }
  return { series, samples, groups: [...ids], years };
}
