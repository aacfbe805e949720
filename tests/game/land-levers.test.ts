/**
 * The land levers of the natural-resources team move construction land as engine/model/land.ts says:
 *
 *   land(t) = m2PerResident x pop(t) x 0.01 + VA_real(secondary, t) / (density0 x prod_{k<=t} (1 + d(k)))
 *
 * with density0 = 20 亿元/km2 and m2PerResident = 80 (the model's labelled defaults) and d = 0 in the start.
 * Hand calculation: setting d to 5% a year (every projected year, the start having 0) divides industrial
 * land in 2025 (5 years after the 2020 base) by 1.05^5 = 1.2762815625 and leaves GDP and population alone;
 * setting land per resident to 60 m2 changes construction land by (60 - 80) x pop(t) x 0.01 km2 each year.
 */
import { describe, expect, it } from 'vitest';
import { roundProjection } from '../../ui/game/combine';
import { gameLeverValue, isKnownLever } from '../../ui/game/game-levers';
import { takeProposal } from '../../ui/game/session';
import { defaultTeams } from '../../ui/game/teams';
import { roundScenario } from '../../ui/game/combine';
import { testSession } from './fixtures';
import leverHelp from '../../data/workshop/levers.json' with { type: 'json' };

const LAND = ['land.industrialDensityChange', 'land.nonIndustrialM2PerResident'];

function played(values: Record<string, number>) {
  const s = testSession();
  const r = takeProposal(s, { sessionId: s.id, round: 0, teamId: 'natural-resources', values });
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return { before: roundProjection(s, 0), after: roundProjection(r.value, 0), session: r.value };
}

describe('Land levers (natural resources and planning)', () => {
  it('are in the model, owned by the natural-resources team, and explained with unit, range and source', () => {
    for (const id of LAND) {
      expect(isKnownLever(id), id).toBe(true);
      const help = (leverHelp as unknown as { levers: Record<string, { unit: { zh: string; en: string }; range: [number, number]; source: { zh: string; en: string } }> }).levers[id];
      expect(help.unit.zh && help.unit.en && help.source.zh && help.source.en).toBeTruthy();
      expect(help.range[0]).toBeLessThan(help.range[1]);
    }
    expect(defaultTeams().find((t) => t.id === 'natural-resources')!.levers).toEqual(LAND);
  });

  it('start values are the model defaults: density change 0, 80 m2 per resident', () => {
    const s = testSession();
    expect(gameLeverValue(roundScenario(s, -1), 'land.industrialDensityChange')).toBe(0);
    expect(gameLeverValue(roundScenario(s, -1), 'land.nonIndustrialM2PerResident')).toBe(80);
  });

  it('densification of 5% a year divides industrial land in 2025 by 1.05^5 and leaves GDP alone', () => {
    const { before, after } = played({ 'land.industrialDensityChange': 0.05 });
    const t2025 = before.years.indexOf(2025);
    expect(t2025).toBe(5);
    const b = before.series, a = after.series;
    // Hand check of the start: industrial land = secondary real VA / 20.
    expect(b.industrialLandKm2[t2025]).toBeCloseTo(b.valueAddedReal.secondary[t2025] / 20, 9);
    expect(b.industrialLandKm2[t2025] / a.industrialLandKm2[t2025]).toBeCloseTo(1.2762815625, 10);
    const nonIndustrial = 80 * b.population[t2025] * 0.01;
    expect(a.constructionLandKm2[t2025]).toBeCloseTo(nonIndustrial + b.valueAddedReal.secondary[t2025] / (20 * 1.2762815625), 8);
    expect(a.gdpNominal).toEqual(b.gdpNominal);
    expect(a.population).toEqual(b.population);
  });

  it('60 m2 of housing and public land per resident takes 20 x pop x 0.01 km2 less land every year', () => {
    const { before, after } = played({ 'land.nonIndustrialM2PerResident': 60 });
    before.years.forEach((_, t) => {
      expect(after.series.constructionLandKm2[t] - before.series.constructionLandKm2[t]).toBeCloseTo(-20 * before.series.population[t] * 0.01, 8);
    });
    expect(after.series.industrialLandKm2).toEqual(before.series.industrialLandKm2);
  });
});
