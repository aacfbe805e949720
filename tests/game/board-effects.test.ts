/**
 * The board's team effects computed in steps (what the page runs after the board's first paint):
 * the same numbers as computing them at once, one projection at most per step, memoised so a new
 * proposal recomputes only the coalitions with its team, and a team's "alone" effect equal to the
 * engine's projection of a session holding only its proposal (independent oracle, closed form below).
 */
import { describe, expect, it } from 'vitest';
import { boardHead, cachedEffects, effectSteps, roundBoard, roundEffects, type TeamEffect } from '../../ui/game/board';
import { roundProjection } from '../../ui/game/combine';
import { takeProposal } from '../../ui/game/session';
import type { GameSession, Proposal } from '../../ui/game/session-types';
import { testSession } from './fixtures';

function take(s: GameSession, p: Omit<Proposal, 'sessionId'>): GameSession {
  const r = takeProposal(s, { sessionId: s.id, ...p });
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.value;
}

/** Runs the steps to the end; the number of steps that yielded (projections computed). */
function drain(s: GameSession, round: number): { effects: TeamEffect[]; steps: number } {
  const it = effectSteps(s, round);
  for (let steps = 0; ; steps++) {
    const r = it.next();
    if (r.done) return { effects: r.value, steps };
  }
}

describe('board effects in steps', () => {
  it('equal the at-once effects; at most one projection per step; memoised per proposal set', () => {
    let s = testSession();
    s = take(s, { round: 0, teamId: 'industry-it', values: { 'realGrowth.secondary': 0.09 } });
    s = take(s, { round: 0, teamId: 'development-reform', values: { 'realGrowth.tertiary': 0.11 } });
    s = take(s, { round: 0, teamId: 'ecology-environment', values: { energyIntensityChange: -0.04 } });
    expect(cachedEffects(s, 0)).toBeUndefined();
    const first = drain(s, 0);
    // 2^3 coalitions and the previous round's scenario: at most 9 projections (fewer when cached).
    expect(first.steps).toBeLessThanOrEqual(9);
    expect(cachedEffects(s, 0)).toBe(first.effects);
    expect(drain(s, 0).steps).toBe(0);
    // A fourth team: only the coalitions with it are new (2^3 of the 2^4).
    const s4 = take(s, { round: 0, teamId: 'human-resources', values: { 'population.growth': 0.01 } });
    const fourth = drain(s4, 0);
    expect(fourth.steps).toBeLessThanOrEqual(8);
    expect(fourth.effects.map((e) => e.teamId)).toEqual(['development-reform', 'industry-it', 'ecology-environment', 'human-resources'].filter((id) => s4.teams.some((t) => t.id === id)).sort((a, b) => s4.teams.findIndex((t) => t.id === a) - s4.teams.findIndex((t) => t.id === b)));
    expect(roundEffects(s4, 0)).toEqual(fourth.effects);
    expect(roundBoard(s4, 0)).toEqual({ ...boardHead(s4, 0), effects: fourth.effects });
    // The Shapley values add up to the combined change (efficiency), within 1e-9 relative.
    const start = roundProjection(s4, -1);
    const now = roundProjection(s4, 0);
    const gdpAt = (p: typeof start) => p.targets.find((t) => t.id === 'gdpNominal')!.projected!;
    const sum = fourth.effects.reduce((a, e) => a + e.shapley.gdpNominal!, 0);
    expect(sum).toBeCloseTo(gdpAt(now) - gdpAt(start), 6);
  });

  it("a team's effect alone equals the engine's projection of only its proposal minus the start; population growth 1% vs 3% by hand", () => {
    let s = testSession();
    s = take(s, { round: 0, teamId: 'human-resources', values: { 'population.growth': 0.01 } });
    s = take(s, { round: 0, teamId: 'industry-it', values: { 'realGrowth.secondary': 0.09 } });
    const hr = drain(s, 0).effects.find((e) => e.teamId === 'human-resources')!;
    const only = take(testSession(), { round: 0, teamId: 'human-resources', values: { 'population.growth': 0.01 } });
    const pop = (p: ReturnType<typeof roundProjection>) => p.targets.find((t) => t.id === 'population')!.projected!;
    expect(hr.deltas.population).toBeCloseTo(pop(roundProjection(only, 0)) - pop(roundProjection(only, -1)), 9);
    // Closed form: the fixture's population grows 3% a year; at 1% the plan-end value is
    // (1.01/1.03)^years of the start's, so the change is start x ((1.01/1.03)^years - 1), negative.
    const startPop = pop(roundProjection(only, -1));
    const years = roundProjection(only, -1).targets.find((t) => t.id === 'population')!.year - roundProjection(only, -1).years[0];
    expect(hr.deltas.population!).toBeCloseTo(startPop * ((1.01 / 1.03) ** years - 1), 6);
  });
});
