/** Shared set-up of the review tests: the embedded plan, built-in scenarios, and observations taken from a projection. */
import { catalogueFor, project, resolveScenario, seriesAt, type Observation, type PlanData, type Projection, type ResolvedScenario, type ScenarioFile } from '../../engine/index';
import { defaultPlan } from '../../data/index';
import { builtinScenario } from '../../scenarios/index';

export const plan: PlanData = defaultPlan;

/** A built-in scenario (or a file object) resolved against the embedded plan. */
export function resolved(idOrFile: string | ScenarioFile): ResolvedScenario {
  const raw = typeof idOrFile === 'string' ? builtinScenario(idOrFile) : idOrFile;
  return resolveScenario(raw, (id) => builtinScenario(id), plan);
}

/** Observations equal to a projection's own values, for `keys` in `years`. */
export function observationsFrom(p: Projection, keys: string[], years: number[]): Observation[] {
  return years.flatMap((year) => keys.map((key) => {
    const v = seriesAt(p.series, key)![year - p.baseYear];
    return { year, series: key, value: v, key, keyValue: v, scale: 1, line: 0 };
  }));
}

export { catalogueFor, project };
