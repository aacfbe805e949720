/**
 * An output at a year, named as users write it: a series path (`gdpNominal@2025`, `shares.tertiary@2025`)
 * or a plan indicator the model computes (`servicesShareOfGdp@2025`, read in the indicator's unit).
 */
import { PlanpathError, issue } from '../errors';
import type { PlanData } from '../plan/plan-types';
import type { Projection } from '../model/projection-types';
import { seriesAt } from '../model/series-path';

export interface OutputRef {
  /** As the user named it (series path or indicator id). */
  output: string;
  year: number;
  /** The series read and the factor to the output's unit. */
  series: string;
  scale: number;
}

/** Binds `output@year` to a projection. @throws PlanpathError naming `field` */
export function parseOutputRef(text: string, plan: PlanData, projection: Projection, field = 'output'): OutputRef {
  const m = /^([A-Za-z][\w.]*)@(\d{4})$/.exec(text.trim());
  const years = `${projection.baseYear + 1}-${projection.endYear}`;
  if (!m) throw new PlanpathError('invalid-request', [issue(field, text, { en: 'not <output>@<year>', zh: '格式不是 <输出>@<年份>' }, { en: `e.g. gdpNominal@2025 (years ${years})`, zh: `例如 gdpNominal@2025(年份 ${years})` })]);
  return bindOutput(m[1], Number(m[2]), plan, projection, field);
}

/** Binds an output name and year. @throws PlanpathError naming `field` */
export function bindOutput(output: string, year: number, plan: PlanData, projection: Projection, field = 'output'): OutputRef {
  const ind = plan.indicators.find((i) => i.id === output);
  const series = ind?.model?.series ?? output;
  const scale = ind?.model?.scale ?? 1;
  if (ind && !ind.model) throw new PlanpathError('invalid-request', [issue(field, output, { en: 'this indicator follows an assumed path, not the model, so no assumption moves it', zh: '该指标按假设路径变化,不由模型计算,任何假设都不影响它' }, { en: 'a series or a model-computed indicator', zh: '序列或模型计算的指标' })]);
  if (!seriesAt(projection.series, series)) throw new PlanpathError('invalid-request', [issue(field, output, { en: 'no such output', zh: '没有该输出' }, { en: 'a series such as gdpNominal, shares.tertiary, population, or a model-computed indicator id', zh: '序列如 gdpNominal、shares.tertiary、population,或模型计算的指标标识' })]);
  if (!Number.isInteger(year) || year <= projection.baseYear || year > projection.endYear) throw new PlanpathError('invalid-request', [issue(field, year, { en: 'year outside the scenario', zh: '年份超出情景范围' }, { en: `${projection.baseYear + 1} to ${projection.endYear}`, zh: `${projection.baseYear + 1} 至 ${projection.endYear} 年` })]);
  return { output, year, series, scale };
}

/** The output's value in a projection, in the output's unit. */
export function readOutput(ref: OutputRef, projection: Projection): number {
  return seriesAt(projection.series, ref.series)![ref.year - projection.baseYear] * ref.scale;
}
