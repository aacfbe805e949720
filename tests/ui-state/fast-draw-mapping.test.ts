/**
 * The pieces of the held-lever fast draw that need no browser: the data -> pixel mapping of an axis
 * (against hand calculations and the closed form), the bar path with Plotly's pixel snapping, the test
 * that only y values changed, and the y ranges held per axis (panels, stacks). The drawing itself is
 * compared with Plotly's in tests/e2e/fast-draw.test.ts.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pixelMap } from '../../ui/charts/pixel-map';
import { barPath, colorOpacity, parseBarPath, type BarRounding } from '../../ui/charts/fast-draw-bars';
import { yOnlyChanges } from '../../ui/charts/same-figure';
import { yExtents } from '../../ui/charts/present-figure';
import type { Figure } from '../../ui/charts/figure';
import type { Data } from '../../ui/charts/plotly';

describe('data -> pixel mapping of a linear axis', () => {
  it('y axis [0, 5000] over 200 px: 1,250 is 200 - 1250 * 200 / 5000 = 150 px down; 0 at the bottom, 5,000 at the top, 6,000 40 px above the plot', () => {
    const y = pixelMap({ range: [0, 5000], lengthPx: 200 }, true);
    expect([y(1250), y(0), y(5000), y(6000)]).toEqual([150, 200, 0, -40]);
  });
  it('x axis [2019.7, 2035.3] over 1,152 px: 2025 is (2025 - 2019.7) * 1152 / 15.6 = 391.3846 px, rounded to 391.38 as Plotly rounds', () => {
    const x = pixelMap({ range: [2019.7, 2035.3], lengthPx: 1152 }, false);
    expect(x(2025)).toBe(391.38);
    expect(x(2019.7)).toBe(0);
    expect(x(2035.3)).toBe(1152);
  });
  it('positions are rounded to 1/100 px: y axis [0, 3] over 100 px puts 1 at 100 - 33.333 = 66.67', () => {
    expect(pixelMap({ range: [0, 3], lengthPx: 100 }, true)(1)).toBe(66.67);
  });
  it('a reversed range flips the direction: y axis [100, 0] over 200 px puts 25 at 25 * 2 = 50 px down', () => {
    expect(pixelMap({ range: [100, 0], lengthPx: 200 }, true)(25)).toBe(50);
  });
  it('within 0.005 px of the closed form (v - r0) / (r1 - r0) * length (x) and (r1 - v) / (r1 - r0) * length (y)', () => {
    const finite = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(finite, finite, finite, fc.double({ min: 10, max: 4000, noNaN: true }), (r0, r1, v, len) => {
        fc.pre(Math.abs(r1 - r0) > 1e-3);
        const x = pixelMap({ range: [r0, r1], lengthPx: len }, false)(v);
        const y = pixelMap({ range: [r0, r1], lengthPx: len }, true)(v);
        const exactX = ((v - r0) / (r1 - r0)) * len;
        const exactY = ((r1 - v) / (r1 - r0)) * len;
        const tol = 0.005 + 1e-9 * Math.max(1, Math.abs(exactX), Math.abs(exactY));
        return Math.abs(x - exactX) <= tol && Math.abs(y - exactY) <= tol;
      }),
    );
  });
  it('a value that is not a finite number has no position (NaN)', () => {
    const y = pixelMap({ range: [0, 10], lengthPx: 100 }, true);
    expect([y(NaN), y(Infinity), y(null as unknown as number)].every(Number.isNaN)).toBe(true);
  });
  it('an axis of zero span is refused with a message in both languages naming the range', () => {
    expect(() => pixelMap({ range: [5, 5], lengthPx: 100 }, true)).toThrow(/range \[5, 5\] over 100 px.*坐标轴范围 \[5, 5\]/);
  });
});

describe('bar path with Plotly pixel snapping', () => {
  const gapped: BarRounding = { roundOnly: false, offset: 0, gapless: false, staticPlot: false };
  it('keeps x0 and x1 as drawn and writes the base and top rows: M x0,y0 V y1 H x1 V y0 Z', () => {
    const x = parseBarPath('M10.5,200V120H30.25V200Z')!;
    expect(x).toEqual({ x0: '10.5', x1: '30.25' });
    expect(barPath(x, 200, 150.4, gapped)).toBe('M10.5,200V150.4H30.25V200Z');
  });
  it('an opaque bar thinner than 2 px is widened to whole pixels: base 200 stays (ceil), top 199.3 goes to 199 (floor)', () => {
    expect(barPath({ x0: '10', x1: '30' }, 200, 199.3, gapped)).toBe('M10,200V199H30V200Z');
  });
  it('without gaps, edges are rounded to whole pixels minus half an outline width: 150.4 -> 150 - 0.5 = 149.5 with a 1 px outline', () => {
    expect(barPath({ x0: '10', x1: '30' }, 200.2, 150.4, { roundOnly: true, offset: 0.5, gapless: true, staticPlot: false })).toBe('M10,199.5V149.5H30V199.5Z');
  });
  it('colour opacity of the forms the charts use; anything else is left to Plotly', () => {
    expect([colorOpacity('#84a98c'), colorOpacity('#fff'), colorOpacity('rgb(1,2,3)'), colorOpacity('rgba(29, 78, 216, 0.15)'), colorOpacity('red'), colorOpacity(['#fff'])]).toEqual([1, 1, 1, 0.15, null, null]);
  });
  it('a path that is not a plain bar is not parsed', () => {
    expect(parseBarPath('M0,0A 2,2 0 0 1 2,2Z')).toBeNull();
    expect(parseBarPath(null)).toBeNull();
  });
});

describe('which traces changed, when only y values did', () => {
  const line = (y: number[], extra: object = {}): Data => ({ type: 'scatter', mode: 'lines', name: 'GDP', x: [2020, 2021, 2022], y, line: { color: '#1d4ed8', width: 2 }, ...extra }) as Data;
  it('lists the traces whose y values differ (by value, not by array identity)', () => {
    expect(yOnlyChanges([line([1, 2, 3]), line([4, 5, 6])], [line([1, 2, 3]), line([4, 5, 7])])).toEqual([1]);
    expect(yOnlyChanges([line([1, 2, 3])], [line([1, 2, 3])])).toEqual([]);
  });
  it('customdata (hover only) may change too; a key set to undefined counts as absent', () => {
    expect(yOnlyChanges([line([1, 2, 3], { customdata: [1] })], [line([1, 2, 4], { customdata: [2], hovertemplate: undefined })])).toEqual([0]);
  });
  it('anything else is not a y-only change: trace count, x values, style, name', () => {
    expect(yOnlyChanges([line([1, 2, 3])], [line([1, 2, 3]), line([1, 2, 3])])).toBeNull();
    expect(yOnlyChanges([line([1, 2, 3])], [line([1, 2, 3], { x: [2020, 2021, 2023] })])).toBeNull();
    expect(yOnlyChanges([line([1, 2, 3])], [line([1, 2, 4], { line: { color: '#1d4ed8', width: 3 } })])).toBeNull();
    expect(yOnlyChanges([line([1, 2, 3])], [line([1, 2, 4], { name: 'GDP (baseline)' })])).toBeNull();
  });
});

describe('y ranges held while a lever is held', () => {
  const fig = (data: object[], layout: object = {}): Figure => ({ title: 't', summary: 's', data: data as Figure['data'], layout: layout as Figure['layout'] });
  it('each panel from its own traces: y 1..10 and y2 100..1000 on tozero axes give [0, 10.8] and [0, 1080]', () => {
    const f = fig(
      [
        { type: 'scatter', x: [1, 2], y: [1, 10] },
        { type: 'scatter', x: [1, 2], y: [100, 1000], yaxis: 'y2' },
      ],
      { yaxis: { rangemode: 'tozero' }, yaxis2: { rangemode: 'tozero' } },
    );
    expect(yExtents(f)).toEqual({ yaxis: [0, 10.8], yaxis2: [0, 1080] });
  });
  it('stacked bars at their stacked height: [1, 2] on [3, 4] reach 6; range 1 - 5% of 5 to 6 + 8% of 5 = [0.75, 6.4]', () => {
    const f = fig(
      [
        { type: 'bar', x: [2020, 2021], y: [1, 2] },
        { type: 'bar', x: [2020, 2021], y: [3, 4] },
      ],
      { barmode: 'stack', yaxis: { rangemode: 'normal' } },
    );
    const [lo, hi] = yExtents(f).yaxis;
    expect(lo).toBeCloseTo(0.75, 12);
    expect(hi).toBeCloseTo(6.4, 12);
  });
  it('a stacked area likewise; an axis with its own range or category values is left to Plotly', () => {
    const area = fig([
      { type: 'scatter', stackgroup: 'a', x: [1, 2], y: [10, 20] },
      { type: 'scatter', stackgroup: 'a', x: [1, 2], y: [30, 30] },
    ], { yaxis: { rangemode: 'tozero' } });
    expect(yExtents(area).yaxis[1]).toBeCloseTo(50 * 1.08, 12);
    expect(yExtents(fig([{ type: 'scatter', y: [1, 2] }], { yaxis: { range: [0, 100] } }))).toEqual({});
    expect(yExtents(fig([{ type: 'bar', y: ['a', 'b'] }]))).toEqual({});
  });
});
