/**
 * parsePublishedStatistics is memoised per mapping object, text and base year (the shipped statistics
 * are read on every lever input): a repeated call returns the same parse (the figure objects of the
 * first parse, not a new parse), equal to a parse made afresh, in fresh lists a caller may sort.
 */
import { describe, expect, it } from 'vitest';
import { parsePublishedStatistics } from '../../engine/index';
import { publishedSources } from '../../data/published';
import { plan } from './helpers';

const source = publishedSources[plan.id]!;

describe('published statistics parse memo', () => {
  it('a repeated call does not parse again: the same figure objects come back', () => {
    const a = parsePublishedStatistics(source.csv, source.mapping, plan.base.year);
    const b = parsePublishedStatistics(source.csv, source.mapping, plan.base.year);
    expect(a.figures.length).toBeGreaterThan(0);
    expect(b.figures.length).toBe(a.figures.length);
    b.figures.forEach((f, i) => expect(f).toBe(a.figures[i]));
    // Fresh lists each time: sorting one does not reorder the next caller's.
    expect(b.figures).not.toBe(a.figures);
    b.figures.reverse();
    expect(parsePublishedStatistics(source.csv, source.mapping, plan.base.year).figures[0]).toBe(a.figures[0]);
  });

  it('the memoised parse equals a parse made afresh (another mapping object with the same content)', () => {
    const fresh = parsePublishedStatistics(source.csv, structuredClone(source.mapping), plan.base.year);
    const memo = parsePublishedStatistics(source.csv, source.mapping, plan.base.year);
    expect(fresh.figures[0]).not.toBe(memo.figures[0]);
    expect(memo).toEqual(fresh);
  });

  it('another text or base year is parsed on its own (hand-made one-row file: 5.0 % -> 0.05)', () => {
    const text = 'series,year,value,unit,status,source_url,quote\nrealGrowth,2022,5.0,%,official preliminary,http://x,"5%"';
    const one = parsePublishedStatistics(text, source.mapping, plan.base.year);
    expect(one.issues).toEqual([]);
    expect(one.figures).toHaveLength(1);
    expect(one.figures[0].seriesValue).toBeCloseTo(0.05, 12);
    expect(parsePublishedStatistics(text, source.mapping, plan.base.year).figures[0]).toBe(one.figures[0]);
    const otherYear = parsePublishedStatistics(text, source.mapping, plan.base.year + 1);
    expect(otherYear.figures[0]).not.toBe(one.figures[0]);
    expect(parsePublishedStatistics(source.csv, source.mapping, plan.base.year).figures.length).toBeGreaterThan(1);
  });
});
