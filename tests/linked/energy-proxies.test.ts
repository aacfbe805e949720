/**
 * The base-year sector energy intensities (plan data energyIntensity{Primary,Secondary,Tertiary}Proxy) are
 * national 2020 proxies. This file redoes their arithmetic from the figures the data cites, as recalled
 * (not re-checked against the printed tables):
 *   total energy consumption 2020          4.98 billion tce = 498,000 万吨   (NBS Statistical Communiqué on 2020)
 *   value added 2020, 亿元                  primary 77,754, secondary 384,255, tertiary 553,977 (same communiqué)
 *   shares of total energy consumption      (China Statistical Yearbook 2021, chapter 9, total energy consumption
 *   by sector, 2020                         by sector, 按行业分能源消费总量): agriculture 1.8-1.85%, industry 65-66%,
 *                                           construction 1.8-2.2%, services (transport, storage and post; trade,
 *                                           hotels and restaurants; other) 16-16.7%; households the rest (~13%)
 * e_s = share_s x 498,000 万吨 / VA_s 亿元 (万吨 per 亿元 = tce per 万元). Only the ratios between sectors
 * matter for the indices, so the test also bounds the ratios and the effect of the range on the calibration.
 */
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../data/index';

const TOTAL_WAN_T = 498_000;
const VA_YI = { primary: 77_754, secondary: 384_255, tertiary: 553_977 };
const SHARE = {
  primary: [0.018, 0.0185],
  secondary: [0.65 + 0.018, 0.66 + 0.022],
  tertiary: [0.16, 0.167],
} as const;
type S = keyof typeof VA_YI;
const range = (s: S): [number, number] => [SHARE[s][0] * TOTAL_WAN_T / VA_YI[s], SHARE[s][1] * TOTAL_WAN_T / VA_YI[s]];
const used = (s: S) => defaultPlan.assumptions[{ primary: 'energyIntensityPrimaryProxy', secondary: 'energyIntensitySecondaryProxy', tertiary: 'energyIntensityTertiaryProxy' }[s]].value as number;
const round2 = (x: number) => Math.round(x * 100) / 100;

describe('national 2020 proxies of the sector energy intensities', () => {
  it('primary: 1.8-1.85% of 498,000 万吨 over 77,754 亿元 = 0.115-0.118, which rounds to the 0.12 used', () => {
    const [lo, hi] = range('primary');
    expect(lo).toBeCloseTo(0.1153, 4);
    expect(hi).toBeCloseTo(0.1185, 4);
    expect(round2(lo)).toBe(used('primary'));
    expect(round2(hi)).toBe(used('primary'));
  });

  it('secondary: industry 65-66% plus construction 1.8-2.2% over 384,255 亿元 = 0.866-0.884; the 0.89 used is the top end (a recalled 3.42 billion tce: 0.890), within 0.01', () => {
    const [lo, hi] = range('secondary');
    expect(lo).toBeCloseTo(0.8657, 4);
    expect(hi).toBeCloseTo(0.8839, 4);
    expect(342_000 / VA_YI.secondary).toBeCloseTo(0.8900, 4);
    expect(used('secondary') - hi).toBeGreaterThan(0);
    expect(used('secondary') - hi).toBeLessThan(0.01);
  });

  it('tertiary: 16-16.7% (0.80-0.83 billion tce) over 553,977 亿元 = 0.144-0.150; the 0.15 used is the top end', () => {
    const [lo, hi] = range('tertiary');
    expect(lo).toBeCloseTo(0.1438, 4);
    expect(hi).toBeCloseTo(0.1501, 4);
    expect(80_000 / VA_YI.tertiary).toBeCloseTo(0.1444, 4);
    expect(used('tertiary')).toBeGreaterThanOrEqual(round2(lo));
    expect(used('tertiary')).toBeLessThanOrEqual(round2(hi));
  });

  it('the ratios used (industry 5.93 x services, primary 0.80 x services) lie inside what the recalled figures allow', () => {
    const [sLo, sHi] = range('secondary');
    const [tLo, tHi] = range('tertiary');
    const [pLo, pHi] = range('primary');
    expect(used('secondary') / used('tertiary')).toBeGreaterThan(sLo / tHi); // 5.77
    expect(used('secondary') / used('tertiary')).toBeLessThan(0.89 / tLo); // 6.19 with the top-end 0.89
    expect(used('primary') / used('tertiary')).toBeGreaterThan(pLo / tHi); // 0.77
    expect(used('primary') / used('tertiary')).toBeLessThan(pHi / tLo); // 0.82
  });

  it('anywhere in that range, the historical trend\'s 2021-2025 fall with the calibrated -1.6193% stays 2.9% a year within 0.02 points', () => {
    // index(2025) = [sum e_s (1+c)^5 VA_s(2025) / sum VA_s(2025)] / [sum e_s VA_s(2020) / sum VA_s(2020)], zone VA 16.5 / 1088.5 / 545 亿元, growth 2% / 3.9% / 9.1%.
    const va0 = { primary: 16.5, secondary: 1088.5, tertiary: 545 };
    const g = { primary: 0.02, secondary: 0.039, tertiary: 0.091 };
    const c = -0.016193;
    const fall = (e: Record<S, number>) => {
      const keys = ['primary', 'secondary', 'tertiary'] as const;
      const va5 = Object.fromEntries(keys.map((s) => [s, va0[s] * (1 + g[s]) ** 5])) as Record<S, number>;
      const per = (w: Record<S, number>, k: number) => keys.reduce((x, s) => x + e[s] * k * w[s], 0) / keys.reduce((x, s) => x + w[s], 0);
      return 1 - (per(va5, (1 + c) ** 5) / per(va0, 1)) ** (1 / 5);
    };
    expect(fall({ primary: used('primary'), secondary: used('secondary'), tertiary: used('tertiary') })).toBeCloseTo(0.029, 5);
    for (const es of [range('secondary')[0], 0.89]) for (const et of [range('tertiary')[0], range('tertiary')[1]]) {
      expect(Math.abs(fall({ primary: 0.12, secondary: es, tertiary: et }) - 0.029)).toBeLessThan(0.0002);
    }
  });
});
