/**
 * What every command needs: the language, the output format, the plan, and loading a scenario by
 * id (built-in) or by file (whose `extends` may name a built-in or a sibling file `<id>.json`).
 * Files are read defensively: a directory, a FIFO or device, a file over INPUT_LIMITS.fileBytes, text
 * that is not UTF-8 (or UTF-16 with a byte-order mark) and JSON nested too deeply are named errors.
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import { constants } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkPlan, decodeText, INPUT_LIMITS, issue, nestingIssue, PlanpathError, resolveScenario, type Lang, type LocalizedText, type PlanData, type ResolvedScenario } from '../engine/index';
import { defaultPlan, plans } from '../data/index';
import { builtinScenario, builtinScenarios } from '../scenarios/index';
import type { OptionSpec } from './command';
import { escapeControls } from './format/terminal';

export type Format = 'table' | 'json' | 'csv';

/** The language of notes printed while loading (set by {@link pickLang}). */
let noteLang: Lang = 'en';

/** A note on standard error (not an error): e.g. which of two same-named scenarios was used. */
export function note(text: LocalizedText): void {
  process.stderr.write(`${noteLang === 'zh' ? '提示' : 'note'}: ${escapeControls(text[noteLang])}\n`);
}

/** Language from --lang, else from the locale (LC_ALL, LC_MESSAGES, LANG): zh* means Chinese. */
export function pickLang(flag: string | undefined): Lang {
  if (flag !== undefined) {
    if (flag === 'zh' || flag === 'en') return (noteLang = flag);
    throw new PlanpathError('invalid-request', [issue('--lang', flag, { en: 'unknown language', zh: '未知语言' }, { en: 'zh or en', zh: 'zh 或 en' })]);
  }
  const locale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return (noteLang = /^zh/i.test(locale) ? 'zh' : 'en');
}

/**
 * Arguments ready for `parseArgs`: a string option followed by a value that starts with "-" but is a
 * number (`--paths -1`) is joined as `--paths=-1`, so the command can say what is wrong with the value
 * instead of "argument is ambiguous".
 */
export function normalizeArgs(args: readonly string[], options: Record<string, OptionSpec>): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const name = args[i].startsWith('--') ? args[i].slice(2) : undefined;
    const next = args[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-[\d.]/.test(next)) {
      out.push(`${args[i]}=${next}`);
      i++;
    } else out.push(args[i]);
  }
  return out;
}

/**
 * A whole number option (`--seed`, `--paths`, `--workers`): decimal digits, optionally grouped with
 * "_" (1_000_000) or by thousands with commas (1,000,000, as figures are published); never "", "0x10",
 * "1e3", "-1" or "1,00,000"; from `min` to `max`.
 */
export function parseWholeNumber(text: string, field: string, min: number, max: number): number {
  const allowed = { en: `a whole number from ${min} to ${max}, in decimal digits (thousands may be grouped: 1,000,000)`, zh: `${min} 至 ${max} 的整数(十进制数字,可按千位分隔:1,000,000)` };
  // Plain digits (underscores between them allowed), or digits grouped by thousands with commas (ASCII or
  // full-width) as published figures are written: 1,000,000 and 1，000，000; a wrong grouping (1,00,000) is refused.
  if (!/^\d+(_\d+)*$/.test(text) && !/^\d{1,3}([,，]\d{3})+$/.test(text)) throw new PlanpathError('invalid-request', [issue(field, text, { en: text === '' ? 'empty' : 'not a whole number in decimal digits', zh: text === '' ? '为空' : '不是十进制整数' }, allowed)]);
  const n = Number(text.replace(/[_,，]/g, ''));
  if (n < min || n > max) throw new PlanpathError('invalid-request', [issue(field, text, { en: 'out of range', zh: '超出范围' }, allowed)]);
  return n;
}

/** A decimal number option (`--tolerance`): never "" (which Number() reads as 0) or hexadecimal. */
export function parseDecimal(text: string, field: string, example: string): number {
  const n = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text) ? Number(text) : NaN;
  if (!Number.isFinite(n)) throw new PlanpathError('invalid-request', [issue(field, text, { en: text === '' ? 'empty' : 'not a decimal number', zh: text === '' ? '为空' : '不是十进制数值' }, { en: `a number, e.g. ${example}`, zh: `数值,如 ${example}` })]);
  return n;
}

/** Output format from --format. */
export function pickFormat(flag: string | undefined, allowed: Format[] = ['table', 'json', 'csv']): Format {
  const f = (flag ?? 'table') as Format;
  if (!allowed.includes(f)) throw new PlanpathError('invalid-request', [issue('--format', flag, { en: 'unknown format', zh: '未知格式' }, { en: allowed.join(', '), zh: allowed.join('、') })]);
  return f;
}

const readable = { en: 'a readable file path', zh: '可读的文件路径' };

/**
 * The text of a file: refused when it is missing, a directory, not a regular file (a FIFO would wait
 * for ever), larger than INPUT_LIMITS.fileBytes, or not UTF-8 / UTF-16 with a byte-order mark.
 */
export function readTextFile(path: string, field: string): string {
  const fail = (en: string, zh: string, allowed = readable): never => {
    throw new PlanpathError('invalid-request', [issue(field, path, { en, zh }, allowed)]);
  };
  let fd: number;
  try {
    // Non-blocking open, so that a FIFO with no writer is reported instead of waiting.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return fail('file not found', '找不到文件');
    if (code === 'EISDIR') return fail('a directory, not a file', '是目录而不是文件');
    if (code === 'EACCES' || code === 'EPERM') return fail('permission denied', '无读取权限');
    return fail(`cannot be opened (${code ?? String(error)})`, `无法打开(${code ?? String(error)})`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return fail('a directory, not a file', '是目录而不是文件');
    if (!stat.isFile()) return fail('not a regular file (a pipe, socket or device)', '不是普通文件(管道、套接字或设备)');
    const max = INPUT_LIMITS.fileBytes;
    if (stat.size > max) return fail(`file too large (${(stat.size / 1024 / 1024).toFixed(1)} MB)`, `文件过大(${(stat.size / 1024 / 1024).toFixed(1)} MB)`, { en: `a file of at most ${max / 1024 / 1024} MB`, zh: `不超过 ${max / 1024 / 1024} MB 的文件` });
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeText(bytes.subarray(0, read), path, field).text;
  } finally {
    closeSync(fd);
  }
}

/** Reads and parses a JSON file; a missing file, bad JSON or too deep nesting is a typed error naming the file. */
export function readJsonFile(path: string, field: string): unknown {
  const text = readTextFile(path, field);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = escapeControls((error as Error).message);
    throw new PlanpathError('invalid-scenario', [issue('', path, { en: `not valid JSON (${detail})`, zh: `不是有效的 JSON(${detail})` }, { en: 'a JSON document', zh: 'JSON 文档' })]);
  }
  const deep = nestingIssue(value, field);
  if (deep) throw new PlanpathError('invalid-scenario', [{ ...deep, value: path }]);
  return value;
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

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * A scenario argument: an existing file path, or the id of a built-in scenario. When both exist (a
 * file named like a built-in id in the working directory), the file is used and a note says so.
 */
export function loadScenarioInput(arg: string | undefined, field = 'scenario'): { raw: unknown; dir: string | undefined } {
  if (arg === undefined) throw new PlanpathError('invalid-request', [issue(field, undefined, { en: 'missing', zh: '缺失' }, { en: 'a scenario file or built-in id (plan-target, historical-trend, ...)', zh: '情景文件或内置情景标识(plan-target、historical-trend 等)' })]);
  const builtin = builtinScenario(arg);
  if (existsSync(arg) && (!builtin || isFile(arg))) {
    if (builtin) note({ en: `"${arg}" is read from the file ${resolve(arg)}, not the built-in scenario of that id`, zh: `"${arg}" 读取自文件 ${resolve(arg)},而不是同名的内置情景` });
    return { raw: readJsonFile(arg, field), dir: dirname(resolve(arg)) };
  }
  if (builtin) return { raw: builtin, dir: undefined };
  throw new PlanpathError('invalid-request', [issue(field, arg, { en: 'neither a file nor a built-in scenario', zh: '既不是文件也不是内置情景' }, { en: `a scenario file path or one of ${builtinScenarios.map((s) => s.id).join(', ')}`, zh: `情景文件路径,或 ${builtinScenarios.map((s) => s.id).join('、')} 之一` })]);
}

/**
 * Resolves a scenario argument (with its `extends` chain) against its plan. A parent is a sibling
 * file `<id>.json` when there is one (a note says so when it shadows a built-in id), else a built-in.
 */
export function loadScenario(arg: string | undefined, planFlag: string | undefined, field = 'scenario'): { plan: PlanData; scenario: ResolvedScenario } {
  const { raw, dir } = loadScenarioInput(arg, field);
  const planId = typeof raw === 'object' && raw !== null && typeof (raw as { plan?: unknown }).plan === 'string' ? (raw as { plan: string }).plan : undefined;
  const plan = loadPlan(planFlag, planFlag ? undefined : planId);
  const lookup = (id: string): unknown => {
    if (dir) {
      const sibling = join(dir, `${id}.json`);
      if (existsSync(sibling)) {
        if (builtinScenario(id) !== undefined) note({ en: `extends "${id}": the file ${sibling} is used, not the built-in scenario of that id`, zh: `extends "${id}":使用文件 ${sibling},而不是同名的内置情景` });
        return readJsonFile(sibling, `extends (${sibling})`);
      }
    }
    return builtinScenario(id);
  };
  return { plan, scenario: resolveScenario(raw, lookup, plan) };
}

/**
 * Checks that a new file can be written at `path` (`--save`): not there yet, in an existing folder.
 * @throws PlanpathError('invalid-request') naming the option and the path
 */
export function checkNewFilePath(path: string, field: string): void {
  const allowed = { en: 'a new file in an existing folder', zh: '已有文件夹中的新文件' };
  if (existsSync(path)) throw new PlanpathError('invalid-request', [issue(field, path, { en: 'file exists; not overwritten', zh: '文件已存在,未覆盖' }, { en: 'a new file path', zh: '新的文件路径' })]);
  const folder = dirname(resolve(path));
  let ok = false;
  try {
    ok = statSync(folder).isDirectory();
  } catch {
    ok = false;
  }
  if (!ok) throw new PlanpathError('invalid-request', [issue(field, path, { en: `the folder ${folder} does not exist`, zh: `文件夹 ${folder} 不存在` }, allowed)]);
}

/**
 * Writes a new file (`--save`): checked with {@link checkNewFilePath}, written only if it still does not
 * exist; a failure (no permission, a full disk) is a named error, not an internal one.
 */
export function writeNewFile(path: string, text: string, field: string): void {
  checkNewFilePath(path, field);
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new PlanpathError('invalid-request', [issue(field, path, { en: `cannot be written (${code})`, zh: `无法写入(${code})` }, { en: 'a new file in a folder you can write to', zh: '可写文件夹中的新文件' })]);
  }
}
