/**
 * Parses an analysis output `<series>@<year>` (e.g. `gdpNominal@2025`, `shares.tertiary@2030`) and
 * checks it against a projection: the series must exist and the year must be projected.
 */
import { PlanpathError, issue } from '../errors';
import type { Projection } from '../model/projection-types';
import { flattenSeries } from '../model/series-path';
import type { OutputSpec } from './sensitivity-types';

/** The output named by `text`. @throws PlanpathError naming `field` when it is malformed or unknown. */
export function parseOutputSpec(text: string, projection: Projection, field = 'output'): OutputSpec {
  const series = flattenSeries(projection.series).map(([path]) => path);
  const [name, yearText, extra] = text.split('@');
  const year = Number(yearText);
  const allowedYears = `${projection.baseYear + 1}-${projection.endYear}`;
  const allowed = { en: `<series>@<year>, e.g. gdpNominal@2025; years ${allowedYears}`, zh: `<序列>@<年份>,如 gdpNominal@2025;年份 ${allowedYears}` };
  if (extra !== undefined || yearText === undefined || !Number.isInteger(year)) {
    throw new PlanpathError('invalid-request', [issue(field, text, { en: 'not <series>@<year>', zh: '格式不是 <序列>@<年份>' }, allowed)]);
  }
  const problems = [];
  if (!series.includes(name)) problems.push(issue(field, text, { en: `unknown series "${name}"`, zh: `未知序列 "${name}"` }, { en: `one of ${series.slice(0, 8).join(', ')}, ...`, zh: `${series.slice(0, 8).join('、')} 等` }));
  if (year <= projection.baseYear || year > projection.endYear) problems.push(issue(field, text, { en: `year ${year} is not projected`, zh: `${year} 年不在预测期内` }, allowed));
  if (problems.length > 0) throw new PlanpathError('invalid-request', problems);
  return { series: name, year };
}
