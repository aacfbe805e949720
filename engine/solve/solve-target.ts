/**
 * What goal seek aims at: an output (a series path such as "gdpNominal" or "shares.tertiary", or a plan
 * indicator id such as "servicesShareOfGdp") reaching a value in a year. Indicator ids are measured in
 * the indicator's unit (e.g. % for shares); series paths in the series' unit (fractions for shares).
 */
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { seriesAt } from '../model/series-path';

export interface SolveTarget {
  output: string;
  year: number;
  value: number;
}

/** A target resolved against the plan: the series it reads and the scale to the target's unit. */
export interface BoundTarget extends SolveTarget {
  series: string;
  scale: number;
}

/** Parses "gdpNominal@2025=4000". */
export function parseTarget(text: string, field = 'target'): SolveTarget {
  const m = /^([A-Za-z][\w.]*)@(\d{4})=(-?\d+(?:\.\d+)?(?:e-?\d+)?)$/.exec(text.trim());
  if (!m) {
    throw new PlanpathError('invalid-request', [issue(field, text, { en: 'not a target', zh: '不是有效目标' }, { en: '<output>@<year>=<value>, e.g. gdpNominal@2025=4000 or shares.tertiary@2025=0.5', zh: '<输出>@<年份>=<数值>,例如 gdpNominal@2025=4000 或 shares.tertiary@2025=0.5' })]);
  }
  return { output: m[1], year: Number(m[2]), value: Number(m[3]) };
}

/** Binds a target to a series of the projection; throws a typed error naming the field when it cannot. */
export function bindTarget(target: SolveTarget, plan: PlanData, projection: Projection, field = 'target'): BoundTarget {
  const ind = plan.indicators.find((i) => i.id === target.output);
  let series = target.output;
  let scale = 1;
  if (ind) {
    if (!ind.model) {
      throw new PlanpathError('invalid-request', [issue(field, target.output, { en: 'this indicator follows a trajectory assumption, not the model, so no lever moves it', zh: '该指标按轨迹假设变化,不由模型计算,任何杠杆都不影响它' }, { en: 'a series name or a model-computed indicator', zh: '序列名称或模型计算的指标' })]);
    }
    series = ind.model.series;
    scale = ind.model.scale;
  }
  if (!seriesAt(projection.series, series)) {
    throw new PlanpathError('invalid-request', [issue(field, target.output, { en: 'no such output', zh: '没有该输出' }, { en: 'a series such as gdpNominal, gdpReal, shares.tertiary, population, gdpPerCapita, energyIntensityIndex, or a model-computed indicator id', zh: '序列如 gdpNominal、gdpReal、shares.tertiary、population、gdpPerCapita、energyIntensityIndex,或模型计算的指标标识' })]);
  }
  if (!Number.isInteger(target.year) || target.year <= projection.baseYear || target.year > projection.endYear) {
    throw new PlanpathError('invalid-request', [issue(field, target.year, { en: 'year outside the scenario', zh: '年份超出情景范围' }, { en: `a year from ${projection.baseYear + 1} to ${projection.endYear}`, zh: `${projection.baseYear + 1} 至 ${projection.endYear} 年` })]);
  }
  return { ...target, series, scale };
}

/** The target's output read from a projection, in the target's unit. */
export function readTarget(t: BoundTarget, projection: Projection): number {
  return seriesAt(projection.series, t.series)![t.year - projection.baseYear] * t.scale;
}
