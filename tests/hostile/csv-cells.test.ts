/** Every CSV the CLI and the app write: text that a spreadsheet would run as a formula is written as text. */
import { describe, it, expect } from 'vitest';
import { csvField as cliField, toCsv } from '../../cli/format/csv';
import { csvField as appField } from '../../ui/io/csv';

describe('formula-like cells', () => {
  for (const [name, field] of [['CLI', cliField], ['app', appField]] as const) {
    it(`${name}: =, +, -, @, tab and CR first get an apostrophe; numbers and plain text do not`, () => {
      expect(field('=HYPERLINK("http://x","click")')).toBe(`"'=HYPERLINK(""http://x"",""click"")"`);
      expect(field('+1+2')).toBe("'+1+2");
      expect(field('-2+3')).toBe("'-2+3");
      expect(field('@SUM(A1)')).toBe("'@SUM(A1)");
      expect(field('\t=1')).toBe("'\t=1");
      expect(field(-0.5)).toBe('-0.5');
      expect(field('GDP, current prices')).toBe('"GDP, current prices"');
      expect(field('地区生产总值')).toBe('地区生产总值');
    });
  }

  it('a whole CSV keeps negative numbers as numbers', () => {
    expect(toCsv(['label', 'value'], [['=1+1', -1.5]])).toBe("label,value\r\n'=1+1,-1.5\r\n");
  });
});
