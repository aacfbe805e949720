/**
 * Reads published statistics (CSV with the header `series,year,value,unit,status,source_url,quote`, in
 * the source's own series names, units and free-text statuses) through a mapping (published-types.ts)
 * into figures Planpath can use: percent to fractions, persons to 万人, each status to final /
 * preliminary / estimate / uncertain, ">500" to a lower bound (shown, not used), and multi-year or
 * unmapped rows to context. Pure: the caller supplies the text. Never throws; every bad row is reported
 * with line and column in both languages.
 */
import type { LocalizedText } from '../plan/plan-types';
import { readCsvRecords, type CsvField } from './csv-records';
import type { ActualsIssue } from './actuals-types';
import type { PublishedFigure, PublishedMapping, PublishedParse, PublishedStatus } from './published-types';

const COLUMNS = ['series', 'year', 'value', 'unit', 'status', 'source_url', 'quote'] as const;
type Column = (typeof COLUMNS)[number];

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function problem(line: number, column: number, name: string, value: unknown, message: LocalizedText, allowed: LocalizedText): ActualsIssue {
  return { path: `line ${line}, column ${column} (${name})`, value, message, allowed, line, column };
}

/** The status of a free-text status by the mapping's ordered rules, or undefined. */
export function publishedStatusOf(text: string, mapping: PublishedMapping): PublishedStatus | undefined {
  return mapping.statuses.find((r) => new RegExp(r.pattern, 'i').test(text))?.status;
}

/**
 * Every figure of a published-statistics CSV text, mapped, and every problem.
 * @param baseYear the plan's base year (for mappings valid only some years after it)
 * @example parsePublishedStatistics('series,year,value,unit,status,source_url,quote\nrealGrowth,2022,5.0,%,official preliminary,http://x,"5%"', mapping, 2020).figures[0].seriesValue // => 0.05
 */
export function parsePublishedStatistics(text: string, mapping: PublishedMapping, baseYear: number): PublishedParse {
  let byText = parsed.get(mapping);
  if (!byText) parsed.set(mapping, (byText = new Map()));
  let byYear = byText.get(text);
  if (!byYear) {
    if (byText.size >= MEMO_TEXTS) byText.delete(byText.keys().next().value!);
    byText.set(text, (byYear = new Map()));
  }
  let out = byYear.get(baseYear);
  if (!out) byYear.set(baseYear, (out = parseUncached(text, mapping, baseYear)));
  // Fresh lists each call (a caller may sort or extend them); the figures are shared and never changed.
  return { figures: [...out.figures], issues: [...out.issues] };
}

/*
 * Parses are memoised per mapping object, text and base year: the shipped statistics are read on every
 * lever input (the GDP chart's history, the review), and they never change. A few texts per mapping are kept.
 */
const MEMO_TEXTS = 4;
const parsed = new WeakMap<PublishedMapping, Map<string, Map<number, PublishedParse>>>();

function parseUncached(text: string, mapping: PublishedMapping, baseYear: number): PublishedParse {
  const { records, problems } = readCsvRecords(text);
  const issues: ActualsIssue[] = problems.map((p) => problem(p.line, p.column, 'csv', undefined, { en: 'malformed quoted field', zh: '引号字段格式错误' }, { en: 'RFC 4180 CSV', zh: 'RFC 4180 CSV' }));
  const headerAllowed = { en: `a header of ${COLUMNS.join(', ')}`, zh: `表头为 ${COLUMNS.join('、')}` };
  if (records.length === 0) return { figures: [], issues: [...issues, problem(1, 1, 'header', '', { en: 'the file is empty', zh: '文件为空' }, headerAllowed)] };
  const index: Partial<Record<Column, number>> = {};
  records[0].fields.forEach((f, k) => { if ((COLUMNS as readonly string[]).includes(f.text.trim())) index[f.text.trim() as Column] = k; });
  const missing = COLUMNS.filter((c) => index[c] === undefined);
  if (missing.length > 0) return { figures: [], issues: [...issues, problem(records[0].line, 1, 'header', records[0].fields.map((f) => f.text).join(','), { en: `missing column(s) ${missing.join(', ')}`, zh: `缺少列 ${missing.join('、')}` }, headerAllowed)] };
  const seriesNames = Object.keys(mapping.series);
  const figures: PublishedFigure[] = [];
  for (const rec of records.slice(1)) {
    const field = (c: Column): CsvField => rec.fields[index[c]!] ?? { text: '', line: rec.line, column: 1 };
    const [sf, yf, vf, uf, stf] = (['series', 'year', 'value', 'unit', 'status'] as const).map(field);
    const bad: ActualsIssue[] = [];
    const source = sf.text.trim();
    const m = mapping.series[source];
    if (!m) bad.push(problem(rec.line, sf.column, 'series', source, { en: 'series not in the mapping', zh: '映射中无此序列' }, { en: `one of ${seriesNames.join(', ')} (add new series to the mapping file)`, zh: `${seriesNames.join('、')} 之一(新序列请加入映射文件)` }));
    const yearText = yf.text.trim();
    const span = /^(\d{4})-(\d{4})$/.exec(yearText);
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
    if (year === null && !span) bad.push(problem(rec.line, yf.column, 'year', yearText, { en: 'not a year or a span of years', zh: '不是年份或年份区间' }, { en: 'a year (2022) or a span (2016-2020)', zh: '年份(2022)或区间(2016-2020)' }));
    const valueText = vf.text.trim();
    const bound = valueText.startsWith('>');
    const numberText = bound ? valueText.slice(1).trim() : valueText;
    const value = NUMBER.test(numberText) ? Number(numberText) : null;
    if (value === null) bad.push(problem(rec.line, vf.column, 'value', valueText, { en: 'not a number', zh: '不是数值' }, { en: 'a plain number, or >number for a lower bound', zh: '普通数值,或 >数值 表示下限' }));
    const statusText = stf.text.trim();
    const status = publishedStatusOf(statusText, mapping);
    if (!status) bad.push(problem(rec.line, stf.column, 'status', statusText, { en: 'no status rule matches', zh: '没有匹配的状态规则' }, { en: `a text matching one of ${mapping.statuses.map((r) => `/${r.pattern}/`).join(', ')}`, zh: `匹配 ${mapping.statuses.map((r) => `/${r.pattern}/`).join('、')} 之一的文字` }));
    const unit = uf.text.trim();
    const factor = m?.units?.[unit];
    if (m?.series && factor === undefined && !span) bad.push(problem(rec.line, uf.column, 'unit', unit, { en: `unit not mapped for ${source}`, zh: `${source} 的单位未映射` }, { en: Object.keys(m.units ?? {}).join(', ') || '(none)', zh: Object.keys(m.units ?? {}).join('、') || '(无)' }));
    if (bad.length > 0 || !m || !status) {
      issues.push(...bad);
      continue;
    }
    const base = { line: rec.line, sourceSeries: source, yearText, valueText, unit, year, value, statusText, status, sourceUrl: field('source_url').text.trim(), quote: field('quote').text.trim() };
    const wrongYear = m.yearsAfterBase !== undefined && year !== baseYear + m.yearsAfterBase;
    if (!m.series || span || wrongYear) {
      const why = m.context ?? (span ? { en: 'a figure over several years', zh: '多年合计或平均' } : { en: `usable only for ${baseYear + (m.yearsAfterBase ?? 0)}: ${m.why?.en ?? ''}`, zh: `仅适用于 ${baseYear + (m.yearsAfterBase ?? 0)} 年:${m.why?.zh ?? ''}` });
      figures.push({ ...base, use: 'context', why });
      continue;
    }
    figures.push({
      ...base, use: bound ? 'lower-bound' : 'observation', series: m.series, seriesValue: Number((value! * factor!).toPrecision(12)),
      ...(m.modelSeries ? { modelSeries: m.modelSeries } : {}),
      ...(bound ? { why: { en: `only a lower bound (${valueText}): shown, not used as an observation`, zh: `仅为下限(${valueText}):列示,不作为观测值` } } : m.why ? { why: m.why } : {}),
    });
  }
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  return { figures, issues };
}
