/**
 * Published statistics: the shipped copy is the source file byte for byte and parses without a problem;
 * the mapping turns percent into fractions and persons into 万人, free-text statuses into four, ">500"
 * into a lower bound and spans into context; bad rows are reported with line and column in both
 * languages; the selection uses final and preliminary figures by default, firmest first.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import {
  catalogueFor, DEFAULT_PUBLISHED_STATUSES, parsePublishedStatistics, publishedStatusOf, selectPublished, type PublishedMapping,
} from '../../engine/index';
import { publishedSources } from '../../data/published';
import { plan, resolved } from './helpers';

const source = publishedSources[plan.id];
const mapping = source.mapping;
const parsed = parsePublishedStatistics(source.csv, mapping, plan.base.year);
const figure = (series: string, year: string) => parsed.figures.find((f) => f.sourceSeries === series && f.yearText === year)!;
const HEADER = 'series,year,value,unit,status,source_url,quote';

describe('the shipped published statistics', () => {
  it('is the copied file, byte for byte (checksum in its README), and every row parses', () => {
    const onDisk = readFileSync(new URL('../../data/plans/wuhan-etdz-14th/published/published-statistics.csv', import.meta.url), 'utf8');
    expect(source.csv).toBe(onDisk);
    expect(createHash('sha256').update(onDisk).digest('hex')).toBe('c8854b180a8816c9497b6e71d8e2c1e8fbe777a0fd2047aee604a34115e8943b');
    expect(parsed.issues).toEqual([]);
    // 32 data rows (33 lines with the header).
    expect(parsed.figures).toHaveLength(32);
  });

  it('converts units: percent to fractions, persons to 万人, a one-year change to the change since the base', () => {
    expect(figure('realGrowth', '2022')).toMatchObject({ series: 'realGrowth', seriesValue: 0.05, status: 'preliminary', use: 'observation' });
    // 481,338 persons / 10,000 = 48.1338 万人 (the plan's base population).
    expect(figure('population', '2020')).toMatchObject({ series: 'population', seriesValue: 48.1338, status: 'preliminary' });
    expect(figure('population', '2021')).toMatchObject({ seriesValue: 61.8, status: 'uncertain' });
    expect(figure('energyIntensityChange', '2021')).toMatchObject({ series: 'energyIntensityChangeSinceBase', seriesValue: -0.023, status: 'estimate' });
    expect(figure('gdpNominal', '2022')).toMatchObject({ series: 'gdpNominal', seriesValue: 2008.8, status: 'preliminary' });
    expect(figure('industrialOutputAboveScale', '2022')).toMatchObject({ modelSeries: 'industrialOutput', seriesValue: 3462.2 });
  });

  it('maps statuses by the ordered rules: a remark about an earlier estimate does not make a final figure an estimate', () => {
    expect(figure('retailSales', '2021').status).toBe('final'); // "official final (Dec-2021 estimate was 148.8)"
    expect(figure('gdpNominal', '2020').status).toBe('estimate'); // "estimate made Dec-2020 (14th FYP later states 1650)"
    expect(figure('gdpNominal', '2015').status).toBe('estimate'); // "official-estimate (Dec-2020 gov report)"
    expect(figure('highTechEnterprises', '2020').status).toBe('final');
    expect(publishedStatusOf('7th census (preliminary)', mapping)).toBe('preliminary');
    expect(publishedStatusOf('UNCERTAIN (third-party design doc)', mapping)).toBe('uncertain');
  });

  it('keeps ">500" as a lower bound and multi-year, part-year and unmapped rows as context', () => {
    expect(figure('highTechEnterprises', '2022')).toMatchObject({ use: 'lower-bound', value: 500, valueText: '>500', series: 'highTechEnterprises' });
    expect(figure('foreignTradeCumulative', '2021-2023')).toMatchObject({ use: 'context', year: null });
    expect(figure('gdpAvgGrowth2016to2020', '2016-2020').use).toBe('context');
    expect(figure('realGrowth (Jan-Sep)', '2023').use).toBe('context');
    expect(figure('fixedAssetInvestment', '2022').use).toBe('context');
    for (const f of parsed.figures.filter((x) => x.use === 'context')) expect(f.why?.zh && f.why.en, f.sourceSeries).toBeTruthy();
  });
});

describe('parsePublishedStatistics on bad input', () => {
  it('reports an unknown series, unit and status, a bad year and value, each with line and column in both languages', () => {
    const text = [
      HEADER,
      'gdpNominl,2022,1,亿元,official final,http://x,q',
      'gdpNominal,22,1,亿元,official final,http://x,q',
      'gdpNominal,2022,lots,亿元,official final,http://x,q',
      'gdpNominal,2022,1,元,official final,http://x,q',
      'gdpNominal,2022,1,亿元,rumour,http://x,q',
      'gdpNominal,2021,1861.31,亿元,official final,http://x,q',
    ].join('\n');
    const r = parsePublishedStatistics(text, mapping, 2020);
    expect(r.figures.map((f) => f.line)).toEqual([7]);
    expect(r.issues.map((i) => [i.line, i.column, /\((\w+)\)$/.exec(i.path)![1]])).toEqual([[2, 1, 'series'], [3, 12, 'year'], [4, 17, 'value'], [5, 19, 'unit'], [6, 22, 'status']]);
    for (const i of r.issues) expect(i.message.zh.length > 0 && i.allowed.en.length > 0).toBe(true);
    expect(r.issues[4].allowed.en).toContain('/^official/');
  });

  it('names missing columns and never throws', () => {
    const r = parsePublishedStatistics('series,year,value\ngdpNominal,2022,1', mapping, 2020);
    expect(r.figures).toEqual([]);
    expect(r.issues[0].message.en).toBe('missing column(s) unit, status, source_url, quote');
    expect(parsePublishedStatistics('', mapping, 2020).issues[0].message.en).toBe('the file is empty');
  });

  it('a one-year change is usable only in the first year after the base', () => {
    const m: PublishedMapping = { statuses: [{ pattern: '.', status: 'final' }], series: { e: { series: 'energyIntensityChangeSinceBase', units: { '%': 0.01 }, yearsAfterBase: 1 } } };
    const r = parsePublishedStatistics(`${HEADER}\ne,2021,-2,%,x,u,q\ne,2022,-3,%,x,u,q`, m, 2020);
    expect(r.figures.map((f) => [f.yearText, f.use, f.seriesValue])).toEqual([['2021', 'observation', -0.02], ['2022', 'context', undefined]]);
  });
});

describe('selectPublished', () => {
  const scenario = resolved('historical-trend');
  const catalogue = catalogueFor(plan, scenario);

  it('uses final and preliminary figures in the scenario years by default, with status and model series', () => {
    const sel = selectPublished(parsed.figures, catalogue, DEFAULT_PUBLISHED_STATUSES);
    const used = sel.observations.map((o) => `${o.year} ${o.series} ${o.keyValue} ${o.status}`).sort();
    expect(used).toEqual([
      '2020 highTechEnterprises 339 final', '2020 population 48.1338 preliminary',
      '2021 gdpNominal 1861.31 final', '2021 industrialOutputAboveScale 3231.02 final', '2021 retailSales 162.52 final',
      '2022 gdpNominal 2008.8 preliminary', '2022 industrialOutputAboveScale 3462.2 preliminary', '2022 realGrowth 0.05 preliminary', '2022 retailSales 178.74 preliminary',
    ]);
    expect(sel.observations.find((o) => o.series === 'industrialOutputAboveScale')!.modelSeries).toBe('industrialOutput');
    const reason = (series: string, year: string) => sel.choices.find((c) => c.figure.sourceSeries === series && c.figure.yearText === year)!.reason;
    expect(reason('gdpNominal', '2015')).toBe('outside-years');
    expect(reason('gdpNominal', '2020')).toBe('status-off');
    expect(reason('population', '2021')).toBe('status-off');
    expect(reason('highTechEnterprises', '2022')).toBe('lower-bound');
    expect(reason('foreignTradeCumulative', '2021-2023')).toBe('context');
    expect(sel.choices).toHaveLength(parsed.figures.length);
  });

  it('turning estimates and uncertain figures on adds them; a firmer figure of the same year and series wins', () => {
    const sel = selectPublished(parsed.figures, catalogue, ['final', 'preliminary', 'estimate', 'uncertain']);
    const keys = sel.observations.map((o) => `${o.year} ${o.series}`);
    expect(keys).toContain('2021 population');
    expect(keys).toContain('2021 realGrowth');
    expect(keys).toContain('2021 energyIntensityChangeSinceBase');
    // A final and an estimate of one year and series: the final one is used, the estimate is a duplicate.
    const dup = selectPublished([{ ...figure('gdpNominal', '2021'), status: 'estimate', line: 99, seriesValue: 1900 }, figure('gdpNominal', '2021')], catalogue, ['final', 'estimate']);
    expect(dup.observations.map((o) => o.keyValue)).toEqual([1861.31]);
    expect(dup.choices.map((c) => c.reason)).toEqual(['duplicate', 'used']);
  });
});
