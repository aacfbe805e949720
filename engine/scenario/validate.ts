/**
 * Structural validation of a scenario file against {@link scenarioSchema}: types, ranges, unknown
 * fields (a typo is never silently ignored) and, when the horizon is known, array lengths.
 * Returns every problem, one issue each; never throws on any JSON value.
 */
import { issue, LISTED_ISSUES, moreIssues, type ValidationIssue } from '../errors';
import { SECTORS } from './scenario-types';
import { scenarioSchema, ID_PATTERN, type RateNode, type SchemaNode, type FieldSpec } from './schema';
import { INPUT_LIMITS, UNCERTAINTY_LIMITS } from './limits';

/**
 * Keeps the first LISTED_ISSUES problems and only counts the rest, so a file with a million bad
 * values costs bounded memory.
 */
class IssueList extends Array<ValidationIssue> {
  hidden = 0;
  override push(...items: ValidationIssue[]): number {
    for (const item of items) {
      if (this.length < LISTED_ISSUES) super.push(item);
      else this.hidden++;
    }
    return this.length;
  }
}

/** Own property check: `__proto__`, `constructor`, `toString` and the like are never schema fields. */
const has = (object: object, key: string) => Object.hasOwn(object, key);

/**
 * An issue when `value` nests objects and arrays deeper than INPUT_LIMITS.nestingDepth (checked
 * without recursion, so any depth is answered); undefined otherwise.
 */
export function nestingIssue(value: unknown, path = ''): ValidationIssue | undefined {
  const max = INPUT_LIMITS.nestingDepth;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > max) {
      return issue(path, '[...]', { en: `nested more than ${max} levels deep`, zh: `嵌套超过 ${max} 层` }, { en: `at most ${max} levels of objects and arrays`, zh: `对象与数组最多嵌套 ${max} 层` });
    }
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return undefined;
}
import { modeIssues } from './modes';

/** Options of {@link validateScenarioShape}. */
export interface ShapeOptions {
  /** Number of years from baseYear+1 to endYear, when known; arrays must have exactly this length. */
  yearCount?: number;
  /** Require the fields a stand-alone scenario needs (true when the file has no `extends`). */
  requireAll: boolean;
  /** The file's schemaVersion (set by validateScenarioShape); fields newer than it are errors. */
  schemaVersion?: number;
}

const pct = (x: number) => `${+(x * 100).toFixed(6)}%`;

function rateAllowed(node: RateNode): { zh: string; en: string } {
  const floor = node.floor ?? -1;
  const lo = node.inclusiveFloor ? `>= ${floor}` : `> ${floor}`;
  if (node.unit) return { en: `a number ${lo} and <= ${node.ceiling} (${node.unit.en})`, zh: `数值 ${lo} 且 <= ${node.ceiling}(${node.unit.zh})` };
  return {
    en: `a number ${lo} and <= ${node.ceiling} (a fraction: 0.06 means 6%; range ${node.inclusiveFloor ? '' : 'above '}${pct(floor)} to ${pct(node.ceiling)})`,
    zh: `数值 ${lo} 且 <= ${node.ceiling}(小数:0.06 表示 6%;范围 ${pct(floor)}${node.inclusiveFloor ? '' : '(不含)'} 至 ${pct(node.ceiling)})`,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRate(path: string, value: unknown, node: RateNode, out: ValidationIssue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    out.push(issue(path, value, { en: 'not a finite number', zh: '不是有限数值' }, rateAllowed(node)));
    return;
  }
  const floor = node.floor ?? -1;
  const belowFloor = node.inclusiveFloor ? value < floor : value <= floor;
  if (belowFloor) out.push(issue(path, value, { en: node.inclusiveFloor ? 'below the floor' : 'at or below the floor', zh: node.inclusiveFloor ? '低于下限' : '不高于下限' }, rateAllowed(node)));
  else if (value > node.ceiling) out.push(issue(path, value, { en: 'above the ceiling', zh: '超过上限' }, rateAllowed(node)));
}

function rateIsValid(value: unknown, node: RateNode): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  const floor = node.floor ?? -1;
  return (node.inclusiveFloor ? value >= floor : value > floor) && value <= node.ceiling;
}

function checkRatePath(path: string, value: unknown, node: RateNode, opts: ShapeOptions, out: ValidationIssue[]): void {
  if (Array.isArray(value)) {
    if (opts.yearCount !== undefined && value.length !== opts.yearCount) {
      out.push(
        issue(path, value, { en: `array has ${value.length} values`, zh: `数组有 ${value.length} 个值` }, {
          en: `exactly ${opts.yearCount} values, one per year from baseYear+1 to endYear, or one number for every year`,
          zh: `恰好 ${opts.yearCount} 个值(基年后一年至终年每年一个),或一个数值用于每一年`,
        }),
      );
    }
    if (value.length === 0 && opts.yearCount === undefined) {
      out.push(issue(path, value, { en: 'empty array', zh: '空数组' }, { en: 'one value per year, or one number', zh: '每年一个值,或一个数值' }));
    }
    value.forEach((v, i) => {
      // Past the listed problems only the count matters: no message is built for the rest.
      if (out instanceof IssueList && out.length >= LISTED_ISSUES) out.hidden += rateIsValid(v, node) ? 0 : 1;
      else checkRate(`${path}[${i}]`, v, node, out);
    });
    return;
  }
  if (typeof value === 'number') return checkRate(path, value, node, out);
  out.push(issue(path, value, { en: 'wrong type', zh: '类型错误' }, { en: `a number or an array of numbers; each ${rateAllowed(node).en}`, zh: `数值或数值数组;每个为${rateAllowed(node).zh}` }));
}

function checkSectors(path: string, value: Record<string, unknown>, each: (p: string, v: unknown) => void, opts: ShapeOptions, out: ValidationIssue[]): void {
  for (const key of Object.keys(value)) {
    if (!(SECTORS as readonly string[]).includes(key)) {
      out.push(issue(`${path}.${key}`, value[key], { en: 'unknown sector', zh: '未知产业' }, { en: 'primary, secondary, tertiary', zh: 'primary(一产)、secondary(二产)、tertiary(三产)' }));
    }
  }
  for (const sector of SECTORS) {
    if (!has(value, sector)) {
      if (opts.requireAll) out.push(issue(`${path}.${sector}`, undefined, { en: 'missing sector', zh: '缺少产业' }, { en: 'all three sectors: primary, secondary, tertiary (a file that extends another may give some)', zh: '三个产业都要给出:primary、secondary、tertiary(继承其他情景的文件可只给部分)' }));
    } else each(`${path}.${sector}`, value[sector]);
  }
}

function checkCorrelation(path: string, value: unknown, out: ValidationIssue[]): void {
  const allowed = {
    en: 'a symmetric 3x3 matrix of numbers in [-1, 1] with ones on the diagonal, positive semi-definite (order: primary, secondary, tertiary)',
    zh: '3x3 对称矩阵,元素在 [-1, 1],对角线为 1,半正定(顺序:一产、二产、三产)',
  };
  if (!Array.isArray(value) || value.length !== 3 || value.some((row) => !Array.isArray(row) || row.length !== 3)) {
    out.push(issue(path, value, { en: 'not a 3x3 matrix', zh: '不是 3x3 矩阵' }, allowed));
    return;
  }
  const m = value as unknown[][];
  let ok = true;
  m.forEach((row, i) =>
    row.forEach((x, j) => {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < -1 || x > 1) {
        out.push(issue(`${path}[${i}][${j}]`, x, { en: 'not a number in [-1, 1]', zh: '不是 [-1, 1] 内的数值' }, allowed));
        ok = false;
      }
    }),
  );
  if (!ok) return;
  const a = m as number[][];
  const tol = UNCERTAINTY_LIMITS.correlationTolerance;
  for (let i = 0; i < 3; i++) {
    if (Math.abs(a[i][i] - 1) > tol) out.push(issue(`${path}[${i}][${i}]`, a[i][i], { en: 'diagonal is not 1', zh: '对角线不为 1' }, allowed));
    for (let j = i + 1; j < 3; j++) {
      if (Math.abs(a[i][j] - a[j][i]) > tol) out.push(issue(`${path}[${i}][${j}]`, a[i][j], { en: `not symmetric: [${j}][${i}] is ${a[j][i]}`, zh: `不对称:[${j}][${i}] 为 ${a[j][i]}` }, allowed));
    }
  }
  if (out.some((x) => x.path.startsWith(path))) return;
  // Positive semi-definite: all principal minors >= 0 (Sylvester's criterion for PSD needs every principal minor).
  const minors = [
    a[0][0], a[1][1], a[2][2],
    a[0][0] * a[1][1] - a[0][1] * a[1][0],
    a[0][0] * a[2][2] - a[0][2] * a[2][0],
    a[1][1] * a[2][2] - a[1][2] * a[2][1],
    a[0][0] * (a[1][1] * a[2][2] - a[1][2] * a[2][1]) - a[0][1] * (a[1][0] * a[2][2] - a[1][2] * a[2][0]) + a[0][2] * (a[1][0] * a[2][1] - a[1][1] * a[2][0]),
  ];
  if (minors.some((d) => d < -tol)) {
    out.push(issue(path, value, { en: 'not positive semi-definite (no set of shocks can have these correlations)', zh: '不是半正定矩阵(不存在具有这些相关系数的冲击)' }, allowed));
  }
}

function checkTrajectory(path: string, value: unknown, opts: ShapeOptions, out: ValidationIssue[]): void {
  const allowed = {
    en: '{ "annualChange": fraction, "start"?: number } or { "path": "linear" | "compound", "to": number, "year": integer, "start"?: number }',
    zh: '{ "annualChange": 小数, "start"?: 数值 } 或 { "path": "linear" | "compound", "to": 数值, "year": 整数, "start"?: 数值 }',
  };
  if (!isPlainObject(value)) {
    out.push(issue(path, value, { en: 'not an object', zh: '不是对象' }, allowed));
    return;
  }
  const keys = Object.keys(value);
  const isChange = has(value, 'annualChange');
  const known = isChange ? ['annualChange', 'start'] : ['path', 'to', 'year', 'start'];
  for (const k of keys) if (!known.includes(k)) out.push(issue(`${path}.${k}`, value[k], { en: 'unknown field', zh: '未知字段' }, allowed));
  const num = (k: string, v: unknown) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) out.push(issue(`${path}.${k}`, v, { en: 'not a finite number', zh: '不是有限数值' }, allowed));
  };
  if (isChange) checkRate(`${path}.annualChange`, value.annualChange, { kind: 'rate', ceiling: 10 }, out);
  else {
    if (value.path !== 'linear' && value.path !== 'compound') out.push(issue(`${path}.path`, value.path, { en: 'unknown path shape', zh: '未知路径形状' }, { en: '"linear" or "compound"', zh: '"linear"(直线)或 "compound"(复合增长)' }));
    num('to', value.to);
    if (!Number.isInteger(value.year)) out.push(issue(`${path}.year`, value.year, { en: 'not an integer year', zh: '不是整数年份' }, allowed));
  }
  if (has(value, 'start')) num('start', value.start);
  void opts;
}

function checkNode(path: string, value: unknown, node: SchemaNode, opts: ShapeOptions, out: ValidationIssue[]): void {
  switch (node.kind) {
    case 'rate':
      return checkRate(path, value, node, out);
    case 'ratePath':
      return checkRatePath(path, value, node.rate, opts, out);
    case 'sectorRates':
      if (isPlainObject(value)) return checkSectors(path, value, (p, v) => checkRatePath(p, v, node.rate, opts, out), opts, out);
      return checkRatePath(path, value, node.rate, opts, out);
    case 'sectorNumbers':
      if (isPlainObject(value)) return checkSectors(path, value, (p, v) => checkRate(p, v, node.rate, out), opts, out);
      return checkRate(path, value, node.rate, out);
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value) || value < node.min || value > node.max) {
        out.push(issue(path, value, { en: typeof value === 'number' && Number.isInteger(value) ? 'out of range' : 'not an integer', zh: typeof value === 'number' && Number.isInteger(value) ? '超出范围' : '不是整数' }, { en: `an integer from ${node.min} to ${node.max}`, zh: `${node.min} 至 ${node.max} 的整数` }));
      }
      return;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) out.push(issue(path, value, { en: 'not a finite number', zh: '不是有限数值' }, { en: 'a number', zh: '数值' }));
      return;
    case 'string':
      if (typeof value !== 'string') out.push(issue(path, value, { en: 'not a string', zh: '不是字符串' }, { en: 'a string', zh: '字符串' }));
      return;
    case 'literal':
      if (!node.values.includes(value as string | number)) out.push(issue(path, value, { en: 'not supported', zh: '不支持' }, { en: node.values.map((v) => JSON.stringify(v)).join(' or '), zh: node.values.map((v) => JSON.stringify(v)).join(' 或 ') }));
      return;
    case 'id':
      if (typeof value !== 'string' || !ID_PATTERN.test(value)) out.push(issue(path, value, { en: 'not a valid id', zh: '不是有效的标识' }, { en: 'lower-case letters, digits and "-", 1-64 characters, e.g. "services-led"', zh: '小写字母、数字和 "-",1-64 个字符,例如 "services-led"' }));
      return;
    case 'text': {
      const allowed = { en: '{ "zh": "中文", "en": "English" }, both non-empty strings', zh: '{ "zh": "中文", "en": "English" },两者均为非空字符串' };
      if (!isPlainObject(value)) {
        out.push(issue(path, value, { en: 'not a bilingual text', zh: '不是双语文本' }, allowed));
        return;
      }
      for (const k of Object.keys(value)) if (k !== 'zh' && k !== 'en') out.push(issue(`${path}.${k}`, value[k], { en: 'unknown language', zh: '未知语言' }, allowed));
      for (const k of ['zh', 'en'] as const) {
        if (typeof value[k] !== 'string' || (value[k] as string).trim() === '') out.push(issue(`${path}.${k}`, value[k], { en: 'missing or empty', zh: '缺失或为空' }, allowed));
      }
      return;
    }
    case 'correlation':
      return checkCorrelation(path, value, out);
    case 'trajectory':
      return checkTrajectory(path, value, opts, out);
    case 'record':
      if (!isPlainObject(value)) {
        out.push(issue(path, value, { en: 'not an object', zh: '不是对象' }, { en: 'an object keyed by indicator id', zh: '以指标标识为键的对象' }));
        return;
      }
      for (const [k, v] of Object.entries(value)) checkNode(`${path}.${k}`, v, node.value, opts, out);
      return;
    case 'list':
      if (!Array.isArray(value)) {
        out.push(issue(path, value, { en: 'not an array', zh: '不是数组' }, { en: 'an array', zh: '数组' }));
        return;
      }
      value.forEach((item, i) => checkNode(`${path}[${i}]`, item, node.item, { ...opts, requireAll: true }, out));
      return;
    case 'object':
      return checkObject(path, value, node.fields, opts, out);
    default:
      return node satisfies never;
  }
}

function checkObject(path: string, value: unknown, fields: Record<string, FieldSpec>, opts: ShapeOptions, out: ValidationIssue[]): void {
  const names = Object.keys(fields);
  if (!isPlainObject(value)) {
    out.push(issue(path, value, { en: 'not an object', zh: '不是对象' }, { en: `an object with fields ${names.join(', ')}`, zh: `包含字段 ${names.join('、')} 的对象` }));
    return;
  }
  const join = (k: string) => (path === '' ? k : `${path}.${k}`);
  for (const key of Object.keys(value)) {
    if (!has(fields, key)) {
      out.push(issue(join(key), value[key], { en: 'unknown field (a typo?)', zh: '未知字段(拼写错误?)' }, { en: `one of ${names.join(', ')}`, zh: `以下之一:${names.join('、')}` }));
    }
  }
  for (const [key, spec] of Object.entries(fields)) {
    if (spec.since !== undefined && value[key] !== undefined && (opts.schemaVersion ?? spec.since) < spec.since) {
      out.push(issue(join(key), value[key], { en: `needs schemaVersion ${spec.since} (the file says ${opts.schemaVersion})`, zh: `需要 schemaVersion ${spec.since}(文件为 ${opts.schemaVersion})` }, { en: `"schemaVersion": ${spec.since} at the top of the file, or leave the field out`, zh: `在文件开头写 "schemaVersion": ${spec.since},或去掉该字段` }));
      continue;
    }
    if (value[key] === undefined) {
      if (spec.required && opts.requireAll) out.push(issue(join(key), undefined, { en: 'required field is missing', zh: '缺少必填字段' }, { en: 'present (or inherited through "extends")', zh: '必须给出(或通过 "extends" 继承)' }));
      continue;
    }
    checkNode(join(key), value[key], spec.node, opts, out);
  }
}

/** Checks any JSON value against the scenario schema. An empty list means the shape is valid. */
export function validateScenarioShape(value: unknown, opts: ShapeOptions): ValidationIssue[] {
  const deep = nestingIssue(value);
  if (deep) return [deep];
  const out = new IssueList();
  const version = isPlainObject(value) && (value.schemaVersion === 1 || value.schemaVersion === 2) ? value.schemaVersion : undefined;
  checkObject('', value, scenarioSchema.fields, { ...opts, schemaVersion: version }, out);
  const flagged = new Set(out.map((i) => i.path));
  for (const extra of modeIssues(value, opts.requireAll)) if (!flagged.has(extra.path)) out.push(extra);
  return out.hidden > 0 ? [...out, moreIssues(out.hidden)] : [...out];
}
