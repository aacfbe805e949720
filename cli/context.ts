/**
 * What every command needs: the language, the output format, the plan, and loading a scenario by
 * id (built-in) or by file (whose `extends` may name a built-in or a sibling file `<id>.json`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkPlan, issue, PlanpathError, resolveScenario, type Lang, type PlanData, type ResolvedScenario } from '../engine/index';
import { defaultPlan, plans } from '../data/index';
import { builtinScenario, builtinScenarios } from '../scenarios/index';

export type Format = 'table' | 'json' | 'csv';

/** Language from --lang, else from the locale (LC_ALL, LC_MESSAGES, LANG): zh* means Chinese. */
export function pickLang(flag: string | undefined): Lang {
  if (flag !== undefined) {
    if (flag === 'zh' || flag === 'en') return flag;
    throw new PlanpathError('invalid-request', [issue('--lang', flag, { en: 'unknown language', zh: '未知语言' }, { en: 'zh or en', zh: 'zh 或 en' })]);
  }
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** Output format from --format. */
export function pickFormat(flag: string | undefined, allowed: Format[] = ['table', 'json', 'csv']): Format {
  const f = (flag ?? 'table') as Format;
  if (!allowed.includes(f)) throw new PlanpathError('invalid-request', [issue('--format', flag, { en: 'unknown format', zh: '未知格式' }, { en: allowed.join(', '), zh: allowed.join('、') })]);
  return f;
}

/** Reads and parses a JSON file; a missing file or bad JSON is a typed error naming the file. */
export function readJsonFile(path: string, field: string): unknown {
  if (!existsSync(path)) throw new PlanpathError('invalid-request', [issue(field, path, { en: 'file not found', zh: '找不到文件' }, { en: 'a readable file path', zh: '可读的文件路径' })]);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new PlanpathError('invalid-scenario', [issue('', path, { en: `not valid JSON (${(error as Error).message})`, zh: `不是有效的 JSON(${(error as Error).message})` }, { en: 'a JSON document', zh: 'JSON 文档' })]);
  }
}

/** The plan: --plan <file>, else the scenario's `plan` id, else the embedded default. */
export function loadPlan(planFlag: string | undefined, scenarioPlanId?: string): PlanData {
  if (planFlag) return checkPlan(readJsonFile(planFlag, '--plan'));
  if (scenarioPlanId) {
    const plan = plans[scenarioPlanId];
    if (!plan) throw new PlanpathError('invalid-scenario', [issue('plan', scenarioPlanId, { en: 'no built-in plan with this id; pass the plan file with --plan', zh: '没有该标识的内置规划;请用 --plan 指定规划文件' }, { en: Object.keys(plans).join(', '), zh: Object.keys(plans).join('、') })]);
    return plan;
  }
  return defaultPlan;
}

/** A scenario argument: an existing file path, or the id of a built-in scenario. */
export function loadScenarioInput(arg: string | undefined, field = 'scenario'): { raw: unknown; dir: string | undefined } {
  if (arg === undefined) throw new PlanpathError('invalid-request', [issue(field, undefined, { en: 'missing', zh: '缺失' }, { en: 'a scenario file or built-in id (plan-target, historical-trend, ...)', zh: '情景文件或内置情景标识(plan-target、historical-trend 等)' })]);
  if (existsSync(arg)) return { raw: readJsonFile(arg, field), dir: dirname(resolve(arg)) };
  const builtin = builtinScenario(arg);
  if (builtin) return { raw: builtin, dir: undefined };
  throw new PlanpathError('invalid-request', [issue(field, arg, { en: 'neither a file nor a built-in scenario', zh: '既不是文件也不是内置情景' }, { en: `a scenario file path or one of ${builtinScenarios.map((s) => s.id).join(', ')}`, zh: `情景文件路径,或 ${builtinScenarios.map((s) => s.id).join('、')} 之一` })]);
}

/** Resolves a scenario argument (with its `extends` chain) against its plan. */
export function loadScenario(arg: string | undefined, planFlag: string | undefined, field = 'scenario'): { plan: PlanData; scenario: ResolvedScenario } {
  const { raw, dir } = loadScenarioInput(arg, field);
  const planId = typeof raw === 'object' && raw !== null && typeof (raw as { plan?: unknown }).plan === 'string' ? (raw as { plan: string }).plan : undefined;
  const plan = loadPlan(planFlag, planFlag ? undefined : planId);
  const lookup = (id: string): unknown => {
    if (dir) {
      const sibling = join(dir, `${id}.json`);
      if (existsSync(sibling)) return readJsonFile(sibling, `extends (${sibling})`);
    }
    return builtinScenario(id);
  };
  return { plan, scenario: resolveScenario(raw, lookup, plan) };
}
