/**
 * Feasibility map cells agree with direct projections; the lean plan projects the same modelled series as
 * the full plan; Sobol indices by year have one entry per year, intervals around estimates, flags by rule.
 */
import { describe, it, expect } from 'vitest';
import { feasibilityMap, mapProbability, leanPlan, seriesPlan, truncateHorizon, parseLeverSpec, project, meets, sobolByYear, flattenSeries, seriesAt } from '../../engine/index';
import { samplePlan, scenarioOf, builtin, wuhan } from './helpers';
import { builtinScenarios } from '../../scenarios/index';

describe('feasibility map', () => {
  const plan = samplePlan;
  const s = scenarioOf(plan);
  const x = parseLeverSpec('realGrowth.secondary=0:0.2', s, 'constant');
  const y = parseLeverSpec('realGrowth.tertiary=0:0.2', s, 'constant');
  const m = feasibilityMap(plan, s, x, y, 5);

  it('has the issue\'s JSON fields, grids [j][i], and axis values lo..hi', () => {
    [0, 0.05, 0.1, 0.15, 0.2].forEach((v, i) => expect(m.x.values[i]).toBeCloseTo(v, 15));
    expect(m.metCount).toHaveLength(5);
    expect(m.metCount[0]).toHaveLength(5);
    expect(m.targets).toEqual(['gdpNominal', 'servicesShareOfGdp', 'population']);
  });

  it('every cell equals a direct projection of the scenario with both levers set', () => {
    m.y.values.forEach((yv, j) => m.x.values.forEach((xv, i) => {
      const p = project(plan, x.lever.apply(y.lever.apply(s, yv, 'constant'), xv, 'constant'));
      const direct = p.targets.filter((t) => m.targets.includes(t.id)).map((t) => meets(t.projected!, t.comparator, t.target, t.min, t.max));
      expect(m.targets.map((id) => m.metBy[id][j][i])).toEqual(direct);
      expect(m.metCount[j][i]).toBe(direct.filter(Boolean).length);
      expect(m.allMet[j][i]).toBe(direct.every(Boolean));
      m.targets.forEach((id) => expect(m.marginBy[id][j][i] >= -1e-9).toBe(m.metBy[id][j][i]));
    }));
  });
});

describe('lean plan', () => {
  it('projects the same modelled series as the full plan for every built-in scenario', () => {
    const lean = leanPlan(wuhan);
    for (const file of builtinScenarios) {
      const s = builtin(file.id);
      const full = project(wuhan, s), fast = project(lean, s);
      for (const ind of wuhan.indicators.filter((i) => i.model)) {
        expect(seriesAt(fast.series, ind.model!.series), `${file.id} ${ind.id}`).toEqual(seriesAt(full.series, ind.model!.series));
      }
      expect(flattenSeries(fast.series).filter(([p]) => !p.startsWith('publicServices') && !p.startsWith('indicators')).length).toBeGreaterThan(10);
      // The series-only plan cut at 2025 gives the same values up to 2025 (the model runs forward in time).
      const cut = project(seriesPlan(wuhan), truncateHorizon(s, 2025));
      expect(cut.endYear).toBe(2025);
      for (const ind of wuhan.indicators.filter((i) => i.model)) {
        expect(seriesAt(cut.series, ind.model!.series), `${file.id} ${ind.id} cut`).toEqual(seriesAt(full.series, ind.model!.series)!.slice(0, 6));
      }
    }
  });
});

describe('Sobol indices by year', () => {
  it('one row per projected year; intervals contain their estimates; flags follow the stated rule', async () => {
    const s = builtin('historical-trend');
    const r = await sobolByYear(wuhan, s, 'gdpNominal', { samples: 256, bootstrap: 50, seed: 7 });
    expect(r.years.map((y) => y.year)).toEqual(Array.from({ length: s.endYear - s.baseYear }, (_, i) => s.baseYear + 1 + i));
    expect(r.groups.length).toBeGreaterThan(0);
    for (const y of r.years) for (const g of y.groups) {
      expect(g.first.lower).toBeLessThanOrEqual(g.first.upper);
      expect(g.flagged).toBe(g.first.estimate - g.total.estimate > (g.first.upper - g.first.lower) / 2);
    }
    const again = await sobolByYear(wuhan, s, 'gdpNominal', { samples: 256, bootstrap: 50, seed: 7 });
    expect(again).toEqual(r); // same seed, same indices
  });
});

describe('map probability (scenarios with an uncertainty block)', () => {
  it('is a probability in every cell, the same for the same seed, and absent without uncertainty', async () => {
    const s = builtin('historical-trend');
    const x = parseLeverSpec('realGrowth.secondary=0:0.25', s, 'constant');
    const y = parseLeverSpec('realGrowth.tertiary=0.2:0.35', s, 'constant');
    const m = feasibilityMap(wuhan, s, x, y, 2, ['gdpNominal', 'servicesShareOfGdp']);
    const p = (await mapProbability(wuhan, s, m, x, y, 512))!;
    expect(p).toHaveLength(2);
    p.flat().forEach((v) => { expect(v).toBeGreaterThanOrEqual(0); expect(v).toBeLessThanOrEqual(1); });
    expect(await mapProbability(wuhan, s, m, x, y, 512)).toEqual(p);
    // Faster services growth at the same industry growth raises the services share and GDP: never less likely.
    expect(p[1][0]).toBeGreaterThanOrEqual(p[0][0]);
    const plain = scenarioOf(samplePlan);
    const pm = feasibilityMap(samplePlan, plain, parseLeverSpec('realGrowth=0:0.1', plain, 'constant'), parseLeverSpec('deflator=0:0.05', plain, 'constant'), 2);
    expect(await mapProbability(samplePlan, plain, pm, parseLeverSpec('realGrowth=0:0.1', plain, 'constant'), parseLeverSpec('deflator=0:0.05', plain, 'constant'))).toBeUndefined();
  });
});
