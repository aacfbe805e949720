import { describe, expect, it } from 'vitest';
import { presenterFigure, yExtent, withYRange, PRESENTER_FONT_PX } from '../../ui/charts/present-figure';
import { withBaseline } from '../../ui/charts/baseline';
import type { Figure } from '../../ui/charts/figure';

const fig = (y: number[], extra: object = {}): Figure => ({ title: 't', summary: 's', data: [{ type: 'scatter', mode: 'lines', name: 'GDP', x: y.map((_, i) => 2020 + i), y }], layout: { yaxis: { rangemode: 'tozero', ...extra } } });

describe('chart presentation', () => {
  it('y range from 0 to the top value plus 8% headroom (tozero axis)', () => {
    expect(yExtent(fig([1650, 2000, 4000]))).toEqual([0, 4000 * 1.08]);
  });
  it('leaves fixed ranges and category values to Plotly', () => {
    expect(yExtent(fig([1, 2], { range: [0, 100] }))).toBeNull();
    expect(yExtent({ ...fig([1]), data: [{ type: 'bar', y: ['a', 'b'] as unknown as number[] }] })).toBeNull();
  });
  it('a frozen range stays when the data move', () => {
    const frozen = yExtent(fig([1650, 2000, 4000]))!;
    const moved = withYRange(fig([1650, 2500, 5000]), frozen);
    expect((moved.layout.yaxis as { range: number[] }).range).toEqual([0, 4320]);
  });
  it('presenter text is 16 px everywhere', () => {
    const p = presenterFigure({ ...fig([1, 2, 3]), layout: { font: { size: 12 }, legend: { font: { size: 11 } }, yaxis: { title: { text: 'x', font: { size: 11 } } } } });
    const l = p.layout as { font: { size: number }; legend: { font: { size: number } }; yaxis: { title: { font: { size: number } }; tickfont: { size: number } } };
    expect([l.font.size, l.legend.font.size, l.yaxis.title.font.size, l.yaxis.tickfont.size]).toEqual([16, 16, 16, 16].map(() => PRESENTER_FONT_PX));
  });
  it('baseline paths are added in grey under the current ones, and only when they differ', () => {
    const a = fig([1, 2, 3]);
    expect(withBaseline(a, fig([1, 2, 3]), 'Baseline')).toBe(a);
    const b = withBaseline(a, fig([1, 1.5, 2]), 'Baseline');
    expect(b.data).toHaveLength(2);
    expect((b.data[1] as { name: string }).name).toBe('Baseline');
    expect((b.data[1] as { y: number[] }).y).toEqual([1, 1.5, 2]);
  });
});

describe('GDP history before the base year', () => {
  it("the plan's record: 1,650 亿元 in 2020 after 5.6% a year gives 1650 / 1.056^5 = 1,256.5 in 2015 (2020 prices); published 2015 and 2017 figures", async () => {
    const { gdpHistory } = await import('../../ui/charts/gdp-history');
    const { defaultPlan } = await import('../../data/index');
    const h = gdpHistory(defaultPlan, 2020, 1650);
    expect(h.record!.years).toEqual([2015, 2016, 2017, 2018, 2019, 2020]);
    expect(h.record!.realYi[0]).toBeCloseTo(1650 / 1.056 ** 5, 9);
    expect(h.record!.realYi[0]).toBeCloseTo(1256.5, 1);
    expect(h.published.map((p) => [p.year, p.valueYi])).toEqual(expect.arrayContaining([[2015, 1123], [2017, 1443]]));
  });
});
