/**
 * Guards the promise that valid input never yields NaN or Infinity. Validated rates are finite and
 * above -100%, so a non-finite value here is an overflow (e.g. +100% a year for decades on a huge
 * base) and is reported as a typed error, never returned.
 */
import { PlanpathError, issue } from '../errors';
import { flattenSeries } from './series-path';
import type { ProjectionSeries } from './projection-types';

export function assertFiniteSeries(series: ProjectionSeries): void {
  for (const [path, values] of flattenSeries(series)) {
    const i = values.findIndex((v) => !Number.isFinite(v));
    if (i >= 0) {
      throw new PlanpathError('invalid-scenario', [
        issue(`series.${path}[${i}]`, values[i], { en: 'the assumptions make this series overflow', zh: '该假设使此序列溢出' }, { en: 'assumptions that keep every series finite', zh: '使所有序列保持有限的假设' }),
      ]);
    }
  }
}
