/**
 * Series by dotted path ("gdpNominal", "shares.tertiary", "publicServices.doctors",
 * "indicators.highTechEnterprises"), and the flat list of every numeric series of a projection.
 */
import type { ProjectionSeries } from './projection-types';

/** The series at `path`, or undefined when there is none. */
export function seriesAt(series: ProjectionSeries, path: string): number[] | undefined {
  let node: unknown = series;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return Array.isArray(node) ? (node as number[]) : undefined;
}

/** Every series as [path, values], depth first, in a stable order. */
export function flattenSeries(series: ProjectionSeries): [string, number[]][] {
  const out: [string, number[]][] = [];
  const walk = (node: unknown, prefix: string) => {
    if (Array.isArray(node)) out.push([prefix, node as number[]]);
    else if (typeof node === 'object' && node !== null) for (const [k, v] of Object.entries(node)) walk(v, prefix === '' ? k : `${prefix}.${k}`);
  };
  walk(series, '');
  return out;
}
