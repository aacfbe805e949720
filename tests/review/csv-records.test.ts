/**
 * The CSV reader: RFC 4180 quoting, a byte-order mark, CRLF, LF and CR line ends, and positions
 * (line and column) of every field. Round trip against the CLI's own CSV writer (cli/format/csv.ts).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readCsvRecords } from '../../engine/index';
import { isFormulaLike, toCsv } from '../../cli/format/csv';
import { fcParams } from '../arbitraries/scenario';

describe('readCsvRecords', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, after a BOM, with CRLF', () => {
    const text = '\uFEFFyear,series,value,source\r\n2021,gdpNominal,1810,"Bulletin, 2022 ""final"""\r\n2022,population,"51.2","two\r\nlines"\r\n';
    const { records, problems } = readCsvRecords(text);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.fields.map((f) => f.text))).toEqual([
      ['year', 'series', 'value', 'source'],
      ['2021', 'gdpNominal', '1810', 'Bulletin, 2022 "final"'],
      ['2022', 'population', '51.2', 'two\r\nlines'],
    ]);
  });

  it('gives each field its 1-based line and column (the BOM does not count)', () => {
    const { records } = readCsvRecords('\uFEFFa,bb\n1,"x,y",z\r\n\r\n3');
    expect(records.map((r) => r.fields.map((f) => [f.line, f.column]))).toEqual([[[1, 1], [1, 3]], [[2, 1], [2, 3], [2, 9]], [[4, 1]]]);
  });

  it('reports a quote left open and text after a closing quote, with positions', () => {
    expect(readCsvRecords('a,b\n1,"open').problems).toEqual([{ line: 2, column: 3, problem: 'unterminated-quote' }]);
    expect(readCsvRecords('a,b\n1,"x"y').problems).toEqual([{ line: 2, column: 6, problem: 'text-after-quote' }]);
  });

  it('round-trips any table written by the CLI CSV writer (property)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\r\n', '\n', ' ', '亿', '1') });
    const table = fc.integer({ min: 1, max: 5 }).chain((w) => fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: 1, maxLength: 6 }));
    fc.assert(fc.property(table, (rows) => {
      // A record of one empty field is a blank line, which the reader skips: not a table we write.
      fc.pre(rows.every((r) => !(r.length === 1 && r[0] === '')));
      const text = toCsv(rows[0], rows.slice(1));
      const { records, problems } = readCsvRecords(text);
      expect(problems).toEqual([]);
      // The writer puts an apostrophe before text a spreadsheet would run as a formula (a leading CR here).
      expect(records.map((r) => r.fields.map((f) => f.text))).toEqual(rows.map((r) => r.map((c) => (isFormulaLike(c) ? `'${c}` : c))));
    }), fcParams());
  });

  it('never throws on any text (property)', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const { records } = readCsvRecords(text);
      expect(Array.isArray(records)).toBe(true);
    }), fcParams());
  });
});
