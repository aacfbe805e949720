/**
 * Checks data/plans/wuhan-etdz-14th/plan.json against the plan text it was transcribed from:
 * every quote must be verbatim, every number must appear in its quote, and the file must be
 * internally consistent (ids, Table 2-1 rows, comparators, assumptions, base economy).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import type { PlanData, PlanIndicator, TargetValue } from '../../engine/plan/plan-types';

/** The plan's text, kept beside its data (see data/plans/wuhan-etdz-14th/README.md for its source and checksum). */
const PLAN_TEXT_BYTES = readFileSync(new URL('../../data/plans/wuhan-etdz-14th/source/plan.zh.txt', import.meta.url));
const PLAN_TEXT_SHA256 = 'f86b8e9905cf27b50c17656f92c3acc702ba5101e6c1fc83f6df4c61a047922c';
const PLAN_TEXT = PLAN_TEXT_BYTES.toString('utf8');
const plan = JSON.parse(
  readFileSync(new URL('../../data/plans/wuhan-etdz-14th/plan.json', import.meta.url), 'utf8'),
) as PlanData;

const COMPARATORS = ['>=', '<=', '>', '<', '=', 'range', 'qualitative'] as const;
const CATEGORIES = ['economy', 'industry', 'innovation', 'opening', 'livelihood', 'publicService', 'green', 'security', 'urban', 'investment'];

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * True if `text` contains `n` as a standalone number: written as String(n) or with 1-4 decimals
 * (so 10.2 matches "10.20"), not preceded by a digit or by "<digit>." and not followed by a digit
 * or by ".<digit>" (so 5 does not match inside "5.5", "12.5" or "2025").
 */
function hasNumberToken(text: string, n: number): boolean {
  const forms = new Set([String(n), ...[1, 2, 3, 4].map((k) => n.toFixed(k))]);
  for (const form of forms) {
    for (let at = text.indexOf(form); at !== -1; at = text.indexOf(form, at + 1)) {
      const before = text[at - 1];
      const before2 = text[at - 2];
      const after = text[at + form.length];
      const after2 = text[at + form.length + 1];
      if (isDigit(before) || (before === '.' && isDigit(before2))) continue;
      if (isDigit(after) || (after === '.' && isDigit(after2))) continue;
      return true;
    }
  }
  return false;
}

/** Chinese-numeral spellings of a positive integer below 10000 (e.g. 10 -> 十, 500 -> 五百, 1000 -> 千). */
function chineseNumerals(n: number): string[] {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return [];
  const digits = '零一二三四五六七八九';
  const units = ['千', '百', '十', ''];
  const parts = String(n).padStart(4, '0').split('').map(Number);
  let s = '';
  let pendingZero = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      if (s !== '') pendingZero = true;
      return;
    }
    if (pendingZero) s += '零';
    pendingZero = false;
    s += digits[d] + units[i];
  });
  const short = s.replace(/^一(?=[十百千])/, '');
  return [...new Set([s, short])];
}

/** Verbatim plan quotes embedded in a note as 「…」. */
const noteQuotes = (ind: PlanIndicator): string[] => [...(ind.note?.zh ?? '').matchAll(/「([^」]*)」/g)].map((m) => m[1]);

/** Numeric values an indicator states (base, target, cumulative change, growth). */
function statedValues(ind: PlanIndicator): { field: string; value: number }[] {
  const out: { field: string; value: number }[] = [];
  if (ind.base) out.push({ field: 'base.value', value: ind.base.value });
  const t = ind.target;
  if (t) {
    if (t.value !== undefined) out.push({ field: 'target.value', value: t.value });
    if (t.min !== undefined) out.push({ field: 'target.min', value: t.min });
    if (t.max !== undefined) out.push({ field: 'target.max', value: t.max });
  }
  if (ind.cumulativeChange !== undefined) out.push({ field: 'cumulativeChange', value: ind.cumulativeChange });
  if (ind.annualGrowthPct !== undefined) out.push({ field: 'annualGrowthPct', value: ind.annualGrowthPct });
  return out;
}

const nonEmptyText = (t: { zh?: unknown; en?: unknown } | undefined): boolean =>
  t !== undefined && typeof t.zh === 'string' && t.zh.trim() !== '' && typeof t.en === 'string' && t.en.trim() !== '';

/** Problems with one target; empty when it is valid. */
function targetProblems(t: TargetValue, where: string): string[] {
  const out: string[] = [];
  if (!Number.isInteger(t.year) || t.year < plan.period.from || t.year > (plan.period.visionYear ?? plan.period.to)) {
    out.push(`${where}: year ${t.year} outside the plan period`);
  }
  if (!(COMPARATORS as readonly string[]).includes(t.comparator)) {
    out.push(`${where}: unknown comparator ${String(t.comparator)}`);
    return out;
  }
  if (t.text !== undefined && !nonEmptyText(t.text)) out.push(`${where}: text needs zh and en`);
  if (t.comparator === 'range') {
    if (!Number.isFinite(t.min) || !Number.isFinite(t.max) || (t.min as number) > (t.max as number)) out.push(`${where}: range needs finite min <= max`);
    if (t.value !== undefined) out.push(`${where}: range must not set value`);
  } else if (t.comparator === 'qualitative') {
    if (!nonEmptyText(t.text)) out.push(`${where}: qualitative needs text {zh, en}`);
    if (t.value !== undefined || t.min !== undefined || t.max !== undefined) out.push(`${where}: qualitative must not set numbers`);
  } else {
    if (!Number.isFinite(t.value)) out.push(`${where}: ${t.comparator} needs a finite value`);
    if (t.min !== undefined || t.max !== undefined) out.push(`${where}: ${t.comparator} must not set min/max`);
  }
  return out;
}

describe('plan data: wuhan-etdz-14th', () => {
  const indicators = plan.indicators;

  it('reads the plan text it was transcribed from, unchanged (checksum in the data README)', () => {
    expect(createHash('sha256').update(PLAN_TEXT_BYTES).digest('hex')).toBe(PLAN_TEXT_SHA256);
    expect(PLAN_TEXT.startsWith('(武汉市)武汉经济技术开发区国民经济和社会发展第十四个五年规划')).toBe(true);
  });

  it('has the expected top-level fields', () => {
    expect(plan.schemaVersion).toBe(1);
    expect(plan.id).toBe('wuhan-etdz-14th');
    expect(plan.name.zh).toBe('武汉经开区“十四五”规划和2035年远景目标纲要');
    expect(plan.name.en).toBe('Wuhan Economic & Technological Development Zone 14th Five-Year Plan and 2035 Vision');
    expect(plan.period).toEqual({ from: 2021, to: 2025, visionYear: 2035 });
    expect(plan.document).toContain('000_b542f6f43ab8c132.txt');
    expect(plan.base.year).toBe(2020);
  });

  it('has at least 60 indicators', () => {
    expect(indicators.length).toBeGreaterThanOrEqual(60);
  });

  it('uses unique camelCase ASCII ids', () => {
    const seen = new Set<string>();
    const bad: string[] = [];
    for (const ind of indicators) {
      if (!/^[a-z][A-Za-z0-9]*$/.test(ind.id)) bad.push(`${ind.id}: not camelCase ASCII`);
      if (seen.has(ind.id)) bad.push(`${ind.id}: duplicate id`);
      seen.add(ind.id);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('gives every indicator labels, units and a known category', () => {
    const bad: string[] = [];
    for (const ind of indicators) {
      if (!nonEmptyText(ind.label)) bad.push(`${ind.id}: label needs zh and en`);
      if (typeof ind.unit !== 'string' || ind.unit.trim() === '') bad.push(`${ind.id}: unit missing`);
      if (typeof ind.unitEn !== 'string' || ind.unitEn.trim() === '') bad.push(`${ind.id}: unitEn missing`);
      if (!CATEGORIES.includes(ind.category)) bad.push(`${ind.id}: unknown category ${ind.category}`);
      if (ind.note !== undefined && !nonEmptyText(ind.note)) bad.push(`${ind.id}: note needs zh and en`);
      if (!Array.isArray(ind.numbers) || ind.numbers.some((n) => !Number.isFinite(n))) bad.push(`${ind.id}: numbers must be finite numbers`);
      if (ind.base && (!Number.isInteger(ind.base.year) || !Number.isFinite(ind.base.value))) bad.push(`${ind.id}: base needs an integer year and a finite value`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('quotes every indicator verbatim from the plan', () => {
    const bad = indicators.filter((ind) => !ind.source?.quote || !PLAN_TEXT.includes(ind.source.quote)).map((ind) => `${ind.id}: quote not found in the plan: ${ind.source?.quote}`);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('keeps each quote to one line and one sentence, with a chapter', () => {
    const bad: string[] = [];
    for (const ind of indicators) {
      const q = ind.source.quote;
      if (q.includes('\n')) bad.push(`${ind.id}: quote spans lines`);
      const stop = q.indexOf('。');
      if (stop !== -1 && stop !== q.length - 1) bad.push(`${ind.id}: quote has more than one sentence`);
      if (!/^(第[一二三四五六七八九十]+章|表2-1)$/.test(ind.source.chapter)) bad.push(`${ind.id}: chapter "${ind.source.chapter}"`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('finds every number of `numbers` in its quote', () => {
    const bad: string[] = [];
    for (const ind of indicators) {
      for (const n of ind.numbers) {
        if (!hasNumberToken(ind.source.quote, n)) bad.push(`${ind.id}: ${n} not in quote "${ind.source.quote}"`);
      }
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('quotes notes verbatim where they cite the plan in 「…」', () => {
    const bad: string[] = [];
    for (const ind of indicators) {
      for (const q of noteQuotes(ind)) if (!PLAN_TEXT.includes(q)) bad.push(`${ind.id}: note quote not found in the plan: ${q}`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('backs every stated value by the quote, a quoted note, or a named assumption', () => {
    const bad: string[] = [];
    for (const ind of indicators) {
      const texts = [ind.source.quote, ...noteQuotes(ind)];
      const assumptionValues = Object.entries(plan.assumptions)
        .filter(([key]) => ind.note?.zh.includes(key) || ind.note?.en.includes(key))
        .map(([, a]) => a.value);
      for (const { field, value } of statedValues(ind)) {
        const backed =
          ind.numbers.includes(value) ||
          texts.some((t) => hasNumberToken(t, value) || chineseNumerals(value).some((c) => t.includes(c))) ||
          assumptionValues.includes(value);
        if (!backed) bad.push(`${ind.id}: ${field} ${value} appears neither in the quote, a 「…」 note quote, nor a named assumption`);
      }
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('has each row 1..20 of Table 2-1 exactly once, with its nature', () => {
    const bad: string[] = [];
    for (let row = 1; row <= 20; row++) {
      const rows = indicators.filter((i) => i.tableRow === row);
      if (rows.length !== 1) {
        bad.push(`row ${row}: ${rows.length} indicators (${rows.map((r) => r.id).join(', ')})`);
        continue;
      }
      const ind = rows[0];
      if (ind.nature !== 'expected' && ind.nature !== 'binding') bad.push(`${ind.id}: row ${row} needs nature expected|binding`);
      if (ind.source.chapter !== '表2-1') bad.push(`${ind.id}: row ${row} should cite 表2-1`);
      if (!ind.source.quote.startsWith(`${row} | `)) bad.push(`${ind.id}: row ${row} quote should be the table line`);
      const word = ind.nature === 'binding' ? '约束性' : '预期性';
      if (!ind.source.quote.includes(word)) bad.push(`${ind.id}: row ${row} nature ${ind.nature} but quote lacks ${word}`);
    }
    for (const ind of indicators) {
      if (ind.tableRow !== undefined && !(Number.isInteger(ind.tableRow) && ind.tableRow >= 1 && ind.tableRow <= 20)) bad.push(`${ind.id}: tableRow ${ind.tableRow}`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('gives every target a valid comparator with the fields it needs', () => {
    const bad = indicators.flatMap((ind) => (ind.target ? targetProblems(ind.target, ind.id) : []));
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('makes every proxyTarget numeric and name an existing assumption with the same value', () => {
    const bad: string[] = [];
    for (const ind of indicators) {
      const p = ind.proxyTarget;
      if (!p) continue;
      bad.push(...targetProblems(p, `${ind.id}.proxyTarget`));
      if (p.comparator === 'qualitative') bad.push(`${ind.id}: proxyTarget must be numeric`);
      const a = plan.assumptions[p.assumption];
      if (!a) bad.push(`${ind.id}: proxyTarget names unknown assumption "${p.assumption}"`);
      else if (p.value !== undefined && a.value !== p.value) bad.push(`${ind.id}: proxyTarget ${p.value} differs from assumption ${p.assumption} = ${a.value}`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('labels every assumption with its value, unit and source', () => {
    const bad: string[] = [];
    for (const [key, a] of Object.entries(plan.assumptions)) {
      if (!Number.isFinite(a.value)) bad.push(`${key}: value`);
      if (typeof a.unit !== 'string' || a.unit === '') bad.push(`${key}: unit`);
      if (!nonEmptyText(a.label)) bad.push(`${key}: label`);
      if (!nonEmptyText(a.source)) bad.push(`${key}: source`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('links the required indicators to their model series', () => {
    const expected: Record<string, { series: string; scale: number }> = {
      gdpNominal: { series: 'gdpNominal', scale: 1 },
      servicesShareOfGdp: { series: 'shares.tertiary', scale: 100 },
      population: { series: 'population', scale: 1 },
      gdpPerCapita: { series: 'gdpPerCapita', scale: 1 },
      energyIntensityReduction: { series: 'energyIntensityChangeSinceBase', scale: -100 },
      co2IntensityReduction: { series: 'co2IntensityChangeSinceBase', scale: -100 },
    };
    const bad: string[] = [];
    for (const [id, model] of Object.entries(expected)) {
      const ind = indicators.find((i) => i.id === id);
      if (!ind) bad.push(`${id}: missing`);
      else if (JSON.stringify(ind.model) !== JSON.stringify(model)) bad.push(`${id}: model ${JSON.stringify(ind.model)}, expected ${JSON.stringify(model)}`);
    }
    const row1 = indicators.find((i) => i.tableRow === 1);
    if (JSON.stringify(row1?.model) !== JSON.stringify({ series: 'realGrowth', scale: 100 })) bad.push(`${row1?.id}: table row 1 should link realGrowth x100`);
    for (const id of ['doctorsPer1000', 'childcarePlacesPer1000', 'generalPractitionersPer10000', 'sportsAreaPerCapita', 'highTechEnterprises']) {
      if (!indicators.some((i) => i.id === id)) bad.push(`${id}: missing`);
    }
    for (const ind of indicators) {
      if (ind.model && (typeof ind.model.series !== 'string' || ind.model.series === '' || !Number.isFinite(ind.model.scale) || ind.model.scale === 0)) bad.push(`${ind.id}: bad model link`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('points every public service at an existing indicator with a target', () => {
    const bad: string[] = [];
    for (const ps of plan.publicServices ?? []) {
      const ind = indicators.find((i) => i.id === ps.indicatorId);
      if (!ind) bad.push(`${ps.id}: indicatorId ${ps.indicatorId} does not exist`);
      else if (!ind.target || !Number.isFinite(ind.target.value)) bad.push(`${ps.id}: ${ps.indicatorId} has no numeric target`);
      if (!(ps.perPopulation > 0)) bad.push(`${ps.id}: perPopulation must be positive`);
      if (ps.totalDivisor !== undefined && !(ps.totalDivisor > 0)) bad.push(`${ps.id}: totalDivisor must be positive`);
      if (!nonEmptyText(ps.label) || !ps.unit || !ps.unitEn) bad.push(`${ps.id}: label/unit/unitEn missing`);
    }
    expect(plan.publicServices?.length ?? 0).toBeGreaterThan(0);
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('has a base economy whose value added sums to GDP, with sources', () => {
    const { gdpYi, valueAddedYi, populationWan, sources } = plan.base;
    expect(Math.abs(valueAddedYi.primary + valueAddedYi.secondary + valueAddedYi.tertiary - gdpYi)).toBeLessThan(1e-9);
    expect(gdpYi).toBe(1650);
    expect(populationWan).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const key of ['gdp', 'primary', 'secondary', 'tertiary', 'population']) {
      if (!nonEmptyText(sources[key])) bad.push(`base.sources.${key}: missing zh/en`);
    }
    for (const [key, s] of Object.entries(sources)) {
      if (s.quote !== undefined && !PLAN_TEXT.includes(s.quote)) bad.push(`base.sources.${key}: quote not found in the plan`);
    }
    if (!hasNumberToken(sources.gdp?.quote ?? '', gdpYi)) bad.push('base.sources.gdp: quote lacks gdpYi');
    if (!hasNumberToken(sources.tertiary?.quote ?? '', valueAddedYi.tertiary)) bad.push('base.sources.tertiary: quote lacks the tertiary value');
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('quotes the history verbatim with matching numbers', () => {
    const h = plan.history;
    expect(h).toBeDefined();
    if (!h) return;
    const bad: string[] = [];
    for (const [key, g] of [['gdpGrowthAvg', h.gdpGrowthAvg], ['tertiaryGrowthAvg', h.tertiaryGrowthAvg]] as const) {
      if (!PLAN_TEXT.includes(g.quote)) bad.push(`history.${key}: quote not found`);
      if (!hasNumberToken(g.quote, Math.round(g.value * 1000) / 10)) bad.push(`history.${key}: ${g.value} not in quote`);
      if (!(g.from < g.to)) bad.push(`history.${key}: from/to`);
    }
    for (const s of h.structure) {
      if (!PLAN_TEXT.includes(s.quote)) bad.push(`history.structure ${s.year}: quote not found`);
      for (const v of [s.year, s.primaryPct, s.secondaryPct, s.tertiaryPct]) if (!hasNumberToken(s.quote, v)) bad.push(`history.structure ${s.year}: ${v} not in quote`);
      if (Math.abs(s.primaryPct + s.secondaryPct + s.tertiaryPct - 100) > 1e-9) bad.push(`history.structure ${s.year}: shares do not sum to 100`);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('never writes "billion" in labels or English units', () => {
    const bad: string[] = [];
    const check = (where: string, s: string | undefined) => {
      if (s && /billion/i.test(s)) bad.push(`${where}: "${s}"`);
    };
    for (const ind of indicators) {
      check(`${ind.id}.label.en`, ind.label.en);
      check(`${ind.id}.unitEn`, ind.unitEn);
      check(`${ind.id}.target.text.en`, ind.target?.text?.en);
    }
    for (const [key, a] of Object.entries(plan.assumptions)) check(`assumptions.${key}.label.en`, a.label.en);
    for (const ps of plan.publicServices ?? []) {
      check(`publicServices.${ps.id}.label.en`, ps.label.en);
      check(`publicServices.${ps.id}.unitEn`, ps.unitEn);
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });
});

describe('hasNumberToken', () => {
  it('matches standalone numbers in plain decimal forms only', () => {
    expect(hasNumberToken('| 10.20 |', 10.2)).toBe(true);
    expect(hasNumberToken('| -1.0 |', -1)).toBe(true);
    expect(hasNumberToken('达到3-5年', 5)).toBe(true);
    expect(hasNumberToken('12.5', 5)).toBe(false);
    expect(hasNumberToken('5.5', 5)).toBe(false);
    expect(hasNumberToken('2025年', 20)).toBe(false);
    expect(hasNumberToken('10.3', 0.3)).toBe(false);
  });
});
