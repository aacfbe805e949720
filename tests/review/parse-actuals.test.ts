/**
 * Actuals CSV: every bad row reported with its line and column (unknown series, a year outside the
 * scenario, a value that is not a number, a duplicate year and series), the good rows returned
 * separately; arbitrary text never throws.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isPlanpathError, parseActuals, readActuals } from '../../engine/index';
import { fcParams } from '../arbitraries/scenario';
import { catalogueFor, plan, resolved } from './helpers';

const catalogue = catalogueFor(plan, resolved('historical-trend'));

describe('parseActuals', () => {
  it('reads indicator ids in their own unit: servicesShareOfGdp 38 (%) is shares.tertiary 0.38', () => {
    const { observations, issues } = parseActuals('year,series,value\n2021,servicesShareOfGdp,38\n2021,gdpNominal,1800\n', catalogue);
    expect(issues).toEqual([]);
    expect(observations.map((o) => [o.key, o.keyValue, o.line])).toEqual([['shares.tertiary', 0.38, 2], ['gdpNominal', 1800, 3]]);
  });

  it('reports each bad row with its line and column, and returns the good rows', () => {
    const text = [
      'year,series,value,source', // line 1
      '2021,gdpNominal,1810,bulletin', // 2: good
      '2021,gdpNominl,1810,typo', // 3: unknown series at column 6
      '2019,population,47,before', // 4: year outside 2020-2035, column 1
      '2022,population,abc,', // 5: value not a number at column 17
      '2021,gdpNominal,1811,dup', // 6: duplicate of line 2, series column 6
      '2022,shares.tertiary,38,', // 7: a share above 1, column 22
      '2022,population,51.2', // 8: good (source omitted)
    ].join('\r\n');
    const { observations, issues } = parseActuals(text, catalogue);
    expect(observations.map((o) => o.line)).toEqual([2, 8]);
    expect(issues.map((i) => [i.line, i.column, i.message.en.split(':')[0]])).toEqual([
      [3, 6, 'unknown series'],
      [4, 1, 'year outside the scenario'],
      [5, 17, 'not a number'],
      [6, 6, 'duplicate'],
      [7, 22, 'out of range for shares.tertiary'],
    ]);
    expect(issues[3].message.en).toContain('line 2');
    expect(issues.every((i) => i.path.startsWith(`line ${i.line}, column ${i.column}`))).toBe(true);
  });

  it('reports a missing header column and stops', () => {
    const { observations, issues } = parseActuals('year,series\n2021,gdpNominal\n', catalogue);
    expect(observations).toEqual([]);
    expect(issues.map((i) => i.message.en)).toEqual(['missing column "value"']);
  });

  it('readActuals throws one typed error listing every problem', () => {
    try {
      readActuals('year,series,value\n2021,nope,1\n2050,gdpNominal,1\n', catalogue);
      expect.unreachable();
    } catch (error) {
      expect(isPlanpathError(error) && error.kind).toBe('invalid-actuals');
      expect((error as { issues: unknown[] }).issues).toHaveLength(2);
    }
  });

  it('never throws on any text, and every issue has a positive line and column (property)', () => {
    const piece = fc.constantFrom('year', 'series', 'value', 'source', ',', '\n', '\r\n', '"', '2021', 'gdpNominal', '1.5e3', 'x', ' ', '\uFEFF');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      const { observations, issues } = parseActuals(text, catalogue);
      expect(observations.length + issues.length).toBeGreaterThanOrEqual(0);
      for (const i of issues) expect(i.line >= 1 && i.column >= 1).toBe(true);
    }), fcParams());
  });
});
