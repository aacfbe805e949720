import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseNumberInput, toAsciiDigits } from '../../ui/input/parse-number';

describe('parseNumberInput', () => {
  it.each([
    ['2,009', 2009],
    ['1,861.31', 1861.31],
    ['12,345,678', 12345678],
    ['２，００９', 2009],
    ['１８６１．３１', 1861.31],
    ['－5.5', -5.5],
    [' 42 ', 42],
    ['.5', 0.5],
    ['1e3', 1000],
  ])('reads %s as %d', (text, value) => {
    expect(parseNumberInput(text)).toEqual({ ok: true, value });
  });
  it.each([
    ['2,00', 'grouping'],
    ['2.009,5', 'grouping'],
    ['2,5', 'grouping'],
    ['1,2345', 'grouping'],
    ['12a', 'not-a-number'],
    ['', 'empty'],
    ['--1', 'not-a-number'],
  ])('refuses %s (%s)', (text, reason) => {
    expect(parseNumberInput(text)).toEqual({ ok: false, reason });
  });
  it('any number written with thousands separators reads back as itself', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
      const text = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
      const r = parseNumberInput(text);
      return r.ok && Math.abs(r.value - (whole + cents / 100)) <= 1e-9 * Math.max(1, whole);
    }));
  });
  it('full-width digits map one to one onto ASCII', () => {
    expect(toAsciiDigits('０１２３４５６７８９')).toBe('0123456789');
  });
});
