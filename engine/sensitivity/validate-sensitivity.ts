/**
 * Checks sensitivity options; every problem names the field, the value and what is allowed.
 */
import { PlanpathError, issue, type ValidationIssue } from '../errors';
import { ALL_LEVERS as LEVERS } from '../solve/levers';
import type { SensitivityOptions } from './sensitivity-types';

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** Throws PlanpathError('invalid-request') listing every bad option. */
export function checkSensitivityOptions(o: SensitivityOptions): void {
  const out: ValidationIssue[] = [];
  if (o.delta !== undefined && !(typeof o.delta === 'number' && o.delta > 0 && o.delta <= 0.5)) {
    out.push(issue('delta', o.delta, { en: 'not a move in (0, 0.5]', zh: '变动幅度不在 (0, 0.5] 内' }, { en: 'a fraction per year, e.g. 0.02 (2 percentage points)', zh: '每年的小数,如 0.02(2 个百分点)' }));
  }
  for (const [lever, r] of Object.entries(o.ranges ?? {})) {
    if (!(LEVERS as readonly string[]).includes(lever)) out.push(issue(`ranges.${lever}`, r, { en: 'unknown lever', zh: '未知杠杆' }, { en: LEVERS.join(', '), zh: LEVERS.join('、') }));
    else if (!r || !(typeof r.low === 'number' && typeof r.high === 'number' && Number.isFinite(r.low) && Number.isFinite(r.high) && r.low <= r.high)) {
      out.push(issue(`ranges.${lever}`, r, { en: 'not { low, high } with low <= high', zh: '不是 low <= high 的 { low, high }' }, { en: 'e.g. { "low": -0.02, "high": 0.01 }', zh: '如 { "low": -0.02, "high": 0.01 }' }));
    }
  }
  o.levers?.forEach((l, i) => {
    if (!(LEVERS as readonly string[]).includes(l)) out.push(issue(`levers[${i}]`, l, { en: 'unknown lever', zh: '未知杠杆' }, { en: LEVERS.join(', '), zh: LEVERS.join('、') }));
  });
  if (o.samples !== undefined && (!isInt(o.samples) || o.samples < 64 || o.samples > 1_000_000)) {
    out.push(issue('samples', o.samples, { en: 'not a sample count in range', zh: '样本数不在范围内' }, { en: 'an integer from 64 to 1000000', zh: '64 到 1000000 的整数' }));
  }
  if (o.bootstrap !== undefined && (!isInt(o.bootstrap) || o.bootstrap < 0 || o.bootstrap > 10_000)) {
    out.push(issue('bootstrap', o.bootstrap, { en: 'not a resample count in range', zh: '重抽样次数不在范围内' }, { en: 'an integer from 0 to 10000', zh: '0 到 10000 的整数' }));
  }
  if (o.seed !== undefined && (!isInt(o.seed) || o.seed < 0 || o.seed > 0xffffffff)) {
    out.push(issue('seed', o.seed, { en: 'not an unsigned 32-bit integer', zh: '不是 32 位无符号整数' }, { en: 'an integer from 0 to 4294967295', zh: '0 到 4294967295 的整数' }));
  }
  if (out.length > 0) throw new PlanpathError('invalid-request', out);
}
