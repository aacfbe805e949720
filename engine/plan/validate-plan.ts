/**
 * Checks a plan file's shape before the engine uses it: required fields, numbers where numbers belong,
 * base value added summing to GDP, unique indicator ids, and public services pointing at indicators.
 */
import { issue, PlanpathError, type ValidationIssue } from '../errors';
import type { PlanData } from './plan-types';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const COMPARATORS = ['>=', '<=', '>', '<', '=', 'range', 'qualitative'];

/** Every problem of a plan file; empty when it can be used. */
/** Plan and indicator ids: plain identifiers. */
const PLAN_ID = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/;

export function planIssues(value: unknown): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  const need = (path: string, v: unknown, ok: boolean, allowedEn: string, allowedZh: string) => {
    if (!ok) out.push(issue(path, v, { en: 'missing or of the wrong type', zh: '缺失或类型错误' }, { en: allowedEn, zh: allowedZh }));
    return ok;
  };
  if (!need('', value, isObj(value), 'a plan object (see engine/plan/plan-types.ts)', '规划对象(见 engine/plan/plan-types.ts)')) return out;
  const p = value as Record<string, unknown>;
  need('schemaVersion', p.schemaVersion, p.schemaVersion === 1, '1', '1');
  need('id', p.id, typeof p.id === 'string' && PLAN_ID.test(p.id), 'a plain identifier such as "wuhan-etdz-14th"', '普通标识,如 "wuhan-etdz-14th"');
  need('name', p.name, isObj(p.name), '{ "zh": ..., "en": ... }', '{ "zh": ..., "en": ... }');
  if (need('base', p.base, isObj(p.base), 'the base-year economy', '基年经济数据')) {
    const b = p.base as Record<string, unknown>;
    need('base.year', b.year, Number.isInteger(b.year), 'an integer year', '整数年份');
    need('base.gdpYi', b.gdpYi, isNum(b.gdpYi) && b.gdpYi > 0, 'a positive number (亿元)', '正数(亿元)');
    need('base.populationWan', b.populationWan, isNum(b.populationWan) && b.populationWan > 0, 'a positive number (万人)', '正数(万人)');
    const va = b.valueAddedYi;
    if (need('base.valueAddedYi', va, isObj(va), '{ primary, secondary, tertiary } in 亿元', '{ primary, secondary, tertiary }(亿元)')) {
      const v = va as Record<string, unknown>;
      const ok = ['primary', 'secondary', 'tertiary'].every((s) => need(`base.valueAddedYi.${s}`, v[s], isNum(v[s]) && (v[s] as number) > 0, 'a positive number (亿元)', '正数(亿元)'));
      if (ok && isNum(b.gdpYi)) {
        const sum = (v.primary as number) + (v.secondary as number) + (v.tertiary as number);
        if (Math.abs(sum - b.gdpYi) > 1e-6 * b.gdpYi) out.push(issue('base.valueAddedYi', sum, { en: `sums to ${sum}, not base.gdpYi ${b.gdpYi}`, zh: `合计 ${sum},不等于 base.gdpYi ${b.gdpYi}` }, { en: 'sector value added summing to GDP', zh: '三次产业增加值之和等于GDP' }));
      }
    }
  }
  if (need('indicators', p.indicators, Array.isArray(p.indicators), 'an array of indicators', '指标数组')) {
    const seen = new Set<string>();
    (p.indicators as unknown[]).forEach((ind, i) => {
      const path = `indicators[${i}]`;
      if (!need(path, ind, isObj(ind), 'an indicator object', '指标对象')) return;
      const x = ind as Record<string, unknown>;
      // Ids reach CSV headers, file names and command lines: plain identifiers only (never "=HYPERLINK(...").
      if (need(`${path}.id`, x.id, typeof x.id === 'string' && PLAN_ID.test(x.id), 'a plain identifier: a letter, then letters, digits, "_", "." or "-" (at most 64), e.g. "gdpNominal"', '普通标识:字母开头,其后为字母、数字、"_"、"." 或 "-"(至多 64 个),如 "gdpNominal"')) {
        if (seen.has(x.id as string)) out.push(issue(`${path}.id`, x.id, { en: 'duplicate id', zh: '标识重复' }, { en: 'a unique id', zh: '唯一标识' }));
        seen.add(x.id as string);
      }
      if (x.target !== undefined && isObj(x.target)) need(`${path}.target.comparator`, x.target.comparator, COMPARATORS.includes(x.target.comparator as string), COMPARATORS.join(', '), COMPARATORS.join('、'));
      if (x.base !== undefined) need(`${path}.base.value`, isObj(x.base) ? x.base.value : x.base, isObj(x.base) && isNum(x.base.value) && Number.isInteger(x.base.year), '{ year, value } numbers', '{ year, value } 数值');
      if (x.model !== undefined) need(`${path}.model`, x.model, isObj(x.model) && typeof x.model.series === 'string' && isNum(x.model.scale) && x.model.scale !== 0, '{ series, scale } with a non-zero scale', '{ series, scale },scale 非零');
    });
  }
  need('assumptions', p.assumptions, p.assumptions === undefined || isObj(p.assumptions), 'an object of labelled assumptions', '带标注的假设对象');
  return out;
}

/** Returns the plan typed, or throws PlanpathError ('invalid-plan') listing every problem. */
export function checkPlan(value: unknown): PlanData {
  const issues = planIssues(value);
  if (issues.length > 0) throw new PlanpathError('invalid-plan', issues);
  return value as PlanData;
}
