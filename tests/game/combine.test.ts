import { describe, expect, it } from 'vitest';
import { roundBoard, roundHistory } from '../../ui/game/board';
import { roundProjection, roundScenario } from '../../ui/game/combine';
import { nextRound, takeProposal } from '../../ui/game/session';
import type { GameSession, Proposal } from '../../ui/game/session-types';
import { testSession } from './fixtures';

function take(s: GameSession, p: Omit<Proposal, 'sessionId'>): GameSession {
  const r = takeProposal(s, { sessionId: s.id, ...p });
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.value;
}

describe('combining proposals', () => {
  it('all sectors at 10% real and prices at 2%: 2025 GDP = 1650 x (1.10 x 1.02)^5 (closed form)', () => {
    let s = testSession();
    s = take(s, { round: 0, teamId: 'industry-it', values: { 'realGrowth.secondary': 0.1, 'realGrowth.primary': 0.1 } });
    s = take(s, { round: 0, teamId: 'development-reform', values: { 'realGrowth.tertiary': 0.1, deflator: 0.02 } });
    const p = roundProjection(s, 0);
    const expected = 1650 * (1.1 * 1.02) ** 5; // 2984.83... by hand: 1.122^5 = 1.80899
    expect(p.series.gdpNominal[5]).toBeCloseTo(expected, 6);
    // Services share is unchanged when every sector grows alike: 545 / 1650.
    expect(p.series.shares.tertiary[5]).toBeCloseTo(545 / 1650, 9);
  });
  it('a team that proposes nothing leaves the start as it is; the board has no effect row for it', () => {
    const s = testSession();
    const b = roundBoard(s, 0);
    // By hand from the start file: sum over sectors of base value added x (1 + g)^5 x (1 + d)^5.
    const a = s.start.assumptions as { realGrowth: Record<string, number>; deflator: Record<string, number> | number };
    const d = (k: string) => (typeof a.deflator === 'number' ? a.deflator : a.deflator[k]);
    const base: Record<string, number> = { primary: 16.5, secondary: 1088.5, tertiary: 545 };
    const expected = Object.keys(base).reduce((sum, k) => sum + base[k] * (1 + a.realGrowth[k]) ** 5 * (1 + d(k)) ** 5, 0);
    expect(b.outcomes.find((o) => o.id === 'gdpNominal')!.projected).toBeCloseTo(expected, 6);
    expect(b.effects).toEqual([]);
  });
  it("one-team-at-a-time effect: energy intensity -5% a year gives 1 - 0.95^5 = 22.62% reduction, +x points over the start's 1 - 0.971^5", () => {
    let s = testSession();
    s = take(s, { round: 0, teamId: 'ecology-environment', values: { energyIntensityChange: -0.05 } });
    const b = roundBoard(s, 0);
    const e = b.effects.find((x) => x.teamId === 'ecology-environment')!;
    const expected = (1 - 0.95 ** 5) * 100 - (1 - 0.971 ** 5) * 100;
    expect(e.deltas.energyIntensityReduction).toBeCloseTo(expected, 6);
    expect(e.deltas.gdpNominal).toBeCloseTo(0, 9);
    expect(b.outcomes.find((o) => o.id === 'energyIntensityReduction')!.met).toBe(true);
  });
  it('rounds carry proposals forward; the history has one row per round', () => {
    let s = testSession();
    s = take(s, { round: 0, teamId: 'human-resources', values: { 'population.growth': 0.16 } });
    s = nextRound(s);
    s = take(s, { round: 1, teamId: 'ecology-environment', values: { co2IntensityChange: -0.05 } });
    const h = roundHistory(s);
    expect(h).toHaveLength(2);
    const pop = (r: number) => h[r].find((o) => o.id === 'population')!.projected!;
    // 48.1338 x 1.16^5 = 101.10 万人 in both rounds (population unchanged in round 2).
    expect(pop(0)).toBeCloseTo(48.1338 * 1.16 ** 5, 6);
    expect(pop(1)).toBeCloseTo(pop(0), 9);
  });
});

describe('levers of the linked model, owned by data', () => {
  it('a structural-energy lever from the engine registry moves the built-in scenario; the exogenous one does not apply there', async () => {
    const { builtinScenarios } = await import('../../scenarios/index');
    const { flatStart } = await import('../../ui/game/combine');
    const { createSession } = await import('../../ui/game/session');
    const { leverApplies, gameLeverValue } = await import('../../ui/game/game-levers');
    const start = flatStart(builtinScenarios.find((s) => s.id === 'historical-trend')!, []);
    let s = createSession({ id: 'ws-linked', name: { zh: 'x', en: 'x' }, planId: 'wuhan-etdz-14th', start });
    const before = roundScenario(s, -1);
    expect(leverApplies(before, 'energy.intensityChange')).toBe(true);
    expect(leverApplies(before, 'energyIntensityChange')).toBe(false);
    s = take(s, { round: 0, teamId: 'ecology-environment', values: { 'energy.intensityChange': -0.04 } });
    expect(gameLeverValue(roundScenario(s, 0), 'energy.intensityChange')).toBeCloseTo(-0.04, 12);
    const e = roundBoard(s, 0).effects[0];
    expect(e.deltas.energyIntensityReduction).toBeGreaterThan(0);
    expect(e.deltas.gdpNominal).toBeCloseTo(0, 9);
  });
});

describe('Shapley attribution of a round', () => {
  it('the teams\' shares add up to the combined change (efficiency); a lone team gets its own effect', () => {
    let s = testSession();
    s = take(s, { round: 0, teamId: 'development-reform', values: { 'realGrowth.tertiary': 0.15 } });
    s = take(s, { round: 0, teamId: 'industry-it', values: { 'realGrowth.secondary': 0.08 } });
    s = take(s, { round: 0, teamId: 'ecology-environment', values: { energyIntensityChange: -0.05 } });
    const b = roundBoard(s, 0);
    const start = roundBoard(s, -1).projection.targets;
    for (const id of ['gdpNominal', 'energyIntensityReduction', 'servicesShareOfGdp'] as const) {
      const total = b.effects.reduce((sum, e) => sum + e.shapley[id]!, 0);
      const change = b.outcomes.find((o) => o.id === id)!.projected! - start.find((r) => r.id === id)!.projected!;
      expect(total).toBeCloseTo(change, 6);
    }
    // Energy-intensity change does not move GDP: its Shapley share of GDP is 0 (dummy player).
    expect(b.effects.find((e) => e.teamId === 'ecology-environment')!.shapley.gdpNominal).toBeCloseTo(0, 9);
    const one = roundBoard(take(testSession(), { round: 0, teamId: 'industry-it', values: { 'realGrowth.secondary': 0.08 } }), 0).effects[0];
    expect(one.shapley.gdpNominal).toBeCloseTo(one.deltas.gdpNominal!, 9);
  });
});
