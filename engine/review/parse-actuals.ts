/**
 * Reads observed statistics from CSV text (header `year,series,value`, optional `source`, in any
 * order). Every bad row is reported with its line and column: an unknown series, a year outside the
 * scenario, a value that is not a number (or out of range for its series), a duplicate year and series,
 * a missing or extra field. The good rows come back separately, so an app can accept them.
 */
import { PlanpathError, describeValue } from '../errors';
import type { LocalizedText } from '../plan/plan-types';
import { readCsvRecords, type CsvField } from './csv-records';
import { INVESTMENT_SERIES, type ActualsCatalogue } from './actual-series';
import type { ActualsIssue, ActualsParse, Observation } from './actuals-types';

const REQUIRED = ['year', 'series', 'value'] as const;
const COLUMNS = [...REQUIRED, 'source'] as const;
type Column = (typeof COLUMNS)[number];

/** Shows at most this many accepted names in an "unknown series" message. */
const NAMES_SHOWN = 12;

function rowIssue(line: number, column: number, name: string, value: unknown, message: LocalizedText, allowed: LocalizedText): ActualsIssue {
  return { path: `line ${line}, column ${column} (${name})`, value, message, allowed, line, column };
}

const RANGE_TEXT: Record<string, LocalizedText> = {
  positive: { en: 'a number above 0', zh: '大于 0 的数值' },
  share: { en: 'a share from 0 to 1 (or the indicator id in %, e.g. servicesShareOfGdp 38)', zh: '0 至 1 的比例(或以 % 计的指标标识,例如 servicesShareOfGdp 38)' },
  'non-negative': { en: 'a number of at least 0', zh: '不小于 0 的数值' },
  rate: { en: 'a rate above -1 (a fraction: 0.06 means 6%; an indicator id in its own unit, e.g. gdpGrowth 6)', zh: '大于 -1 的比率(小数:0.06 表示 6%;指标标识按其单位,如 gdpGrowth 6)' },
  any: { en: 'a finite number', zh: '有限数值' },
};

function inRange(x: number, range: string): boolean {
  switch (range) {
    case 'positive': return x > 0;
    case 'share': return x >= 0 && x <= 1;
    case 'non-negative': return x >= 0;
    case 'rate': return x > -1;
    default: return true;
  }
}

/** Parses a number as written in a statistics table: plain decimal or exponent notation, spaces around allowed. */
function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return undefined;
  const x = Number(t);
  return Number.isFinite(x) ? x : undefined;
}

/** Reads the header; returns the column index of each known column, or issues. */
function readHeader(fields: CsvField[], line: number): { index: Partial<Record<Column, number>>; issues: ActualsIssue[] } {
  const index: Partial<Record<Column, number>> = {};
  const issues: ActualsIssue[] = [];
  const allowed = { en: 'a header of year, series, value and optionally source', zh: '表头为 year、series、value,可选 source' };
  fields.forEach((f, k) => {
    const name = f.text.trim().toLowerCase() as Column;
    if (!(COLUMNS as readonly string[]).includes(name)) issues.push(rowIssue(line, f.column, 'header', f.text, { en: 'unknown column', zh: '未知列' }, allowed));
    else if (index[name] !== undefined) issues.push(rowIssue(line, f.column, 'header', f.text, { en: 'column given twice', zh: '列重复' }, allowed));
    else index[name] = k;
  });
  for (const name of REQUIRED) if (index[name] === undefined) issues.push(rowIssue(line, 1, 'header', fields.map((f) => f.text).join(','), { en: `missing column "${name}"`, zh: `缺少列 "${name}"` }, allowed));
  return { index, issues };
}

/**
 * Every good row and every problem of an actuals CSV text. Never throws.
 * @param catalogue accepted names and the scenario's years (see actualsCatalogue)
 */
export function parseActuals(text: string, catalogue: ActualsCatalogue): ActualsParse {
  const { records, problems } = readCsvRecords(text);
  const issues: ActualsIssue[] = problems.map((p) => rowIssue(p.line, p.column, 'csv', undefined, p.problem === 'unterminated-quote' ? { en: 'a quoted field is never closed', zh: '引号字段未闭合' } : { en: 'text after a closing quote', zh: '右引号后还有文字' }, { en: 'RFC 4180 CSV: a field in double quotes, with "" for a quote inside', zh: 'RFC 4180 CSV:字段用双引号括起,内部引号写作 ""' }));
  if (records.length === 0) {
    issues.push(rowIssue(1, 1, 'header', text.slice(0, 40), { en: 'the file is empty', zh: '文件为空' }, { en: 'a header line year,series,value[,source] and one row per observation', zh: '表头 year,series,value[,source] 与每个观测一行' }));
    return { observations: [], issues };
  }
  const header = readHeader(records[0].fields, records[0].line);
  issues.push(...header.issues);
  if (header.issues.some((i) => i.message.en.startsWith('missing column'))) return { observations: [], issues };
  const idx = header.index as Record<Column, number | undefined>;
  const width = records[0].fields.length;
  const names = [...catalogue.mappings.keys()];
  const seen = new Map<string, number>();
  const observations: Observation[] = [];
  const note = catalogue.yearNote ?? { en: "the scenario's years", zh: '情景的年份范围' };
  const yearAllowed = { en: `an integer year from ${catalogue.baseYear} to ${catalogue.endYear} (${note.en})`, zh: `${catalogue.baseYear} 至 ${catalogue.endYear} 的整数年份(${note.zh})` };
  for (const rec of records.slice(1)) {
    const bad: ActualsIssue[] = [];
    const at = (k: number | undefined): CsvField | undefined => (k === undefined ? undefined : rec.fields[k]);
    const lastColumn = rec.fields[rec.fields.length - 1];
    const missing = (name: Column) => bad.push(rowIssue(rec.line, lastColumn.column + lastColumn.text.length + 1, name, undefined, { en: 'missing field', zh: '缺少字段' }, { en: `${width} fields as in the header`, zh: `与表头相同的 ${width} 个字段` }));
    for (let k = width; k < rec.fields.length; k++) bad.push(rowIssue(rec.line, rec.fields[k].column, 'extra', rec.fields[k].text, { en: 'more fields than the header', zh: '字段多于表头' }, { en: `${width} fields as in the header`, zh: `与表头相同的 ${width} 个字段` }));
    const yf = at(idx.year), sf = at(idx.series), vf = at(idx.value), src = at(idx.source);
    let year: number | undefined;
    if (!yf) missing('year');
    else {
      const y = parseNumber(yf.text);
      if (y === undefined || !Number.isInteger(y)) bad.push(rowIssue(rec.line, yf.column, 'year', yf.text, { en: 'not an integer year', zh: '不是整数年份' }, yearAllowed));
      else if (y < catalogue.baseYear || y > catalogue.endYear) bad.push(rowIssue(rec.line, yf.column, 'year', y, { en: 'year outside the scenario', zh: '年份超出情景范围' }, yearAllowed));
      else year = y;
    }
    const mapping = sf ? catalogue.mappings.get(sf.text.trim()) : undefined;
    if (!sf) missing('series');
    else if (!mapping && sf.text.trim() === INVESTMENT_SERIES) bad.push(rowIssue(rec.line, sf.column, 'series', sf.text, { en: 'investment is observed only for a scenario in investment growth mode', zh: '仅投资驱动模式的情景可观测投资' }, { en: 'a scenario with "growthMode": "investment", or another series', zh: '"growthMode": "investment" 的情景,或其他序列' }));
    else if (!mapping) bad.push(rowIssue(rec.line, sf.column, 'series', sf.text, { en: 'unknown series', zh: '未知序列' }, { en: `an output name or a plan indicator id, e.g. ${names.slice(0, NAMES_SHOWN).join(', ')}, ... (see run --format json)`, zh: `输出序列名或规划指标标识,例如 ${names.slice(0, NAMES_SHOWN).join('、')} 等(见 run --format json)` }));
    let value: number | undefined;
    if (!vf) missing('value');
    else {
      const x = parseNumber(vf.text);
      if (x === undefined) bad.push(rowIssue(rec.line, vf.column, 'value', vf.text, { en: 'not a number', zh: '不是数值' }, { en: 'a plain number such as 1650 or 0.38 (no thousands separators or units)', zh: '普通数值,如 1650 或 0.38(不带千分位与单位)' }));
      else if (mapping && !inRange(x / mapping.scale, mapping.range)) bad.push(rowIssue(rec.line, vf.column, 'value', x, { en: `out of range for ${sf!.text.trim()}`, zh: `超出 ${sf!.text.trim()} 的取值范围` }, RANGE_TEXT[mapping.range]));
      else value = x;
    }
    if (year !== undefined && mapping) {
      const dupKey = `${year}|${mapping.key}`;
      const first = seen.get(dupKey);
      // Only a good row claims its year and series, so a corrected row after a bad one is not a duplicate.
      if (first !== undefined) bad.push(rowIssue(rec.line, sf!.column, 'series', sf!.text, { en: `duplicate: ${mapping.key} in ${year} is already on line ${first}`, zh: `重复:${year} 年的 ${mapping.key} 已在第 ${first} 行给出` }, { en: 'one value per year and series', zh: '每个年份与序列只给一个值' }));
      else if (bad.length === 0 && value !== undefined) seen.set(dupKey, rec.line);
    }
    if (bad.length > 0 || year === undefined || value === undefined || !mapping || !sf) {
      issues.push(...bad);
      continue;
    }
    const source = src?.text.trim();
    observations.push({ year, series: sf.text.trim(), value, key: mapping.key, keyValue: value / mapping.scale, scale: mapping.scale, ...(source ? { source } : {}), line: rec.line });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { observations, issues };
}

/**
 * The observations of an actuals CSV text, or a typed error listing every bad row.
 * @throws PlanpathError ('invalid-actuals') with one issue per problem, each naming line and column
 */
export function readActuals(text: string, catalogue: ActualsCatalogue): Observation[] {
  const { observations, issues } = parseActuals(text, catalogue);
  if (issues.length > 0) throw new PlanpathError('invalid-actuals', issues, issues.map((i) => `${i.path}: ${describeValue(i.value)} - ${i.message.en}`).join('\n'));
  return observations;
}
