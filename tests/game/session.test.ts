import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { currentRound, nextRound, takeProposal, teamValuesAt, valuesAt, withdrawProposal } from '../../ui/game/session';
import { assignLever, defaultTeams, sharedLevers } from '../../ui/game/teams';
import { testSession } from './fixtures';

describe('default teams (data/workshop/teams.json)', () => {
  it('has the six teams of the workshop, each lever owned once, every card in both languages', () => {
    const teams = defaultTeams();
    expect(teams.map((t) => t.id)).toEqual(['development-reform', 'industry-it', 'ecology-environment', 'human-resources', 'natural-resources', 'finance']);
    expect(sharedLevers(teams)).toEqual([]);
    for (const t of teams) for (const k of ['mandate', 'interests', 'judgedOn'] as const) expect(t.card[k].zh.length * t.card[k].en.length).toBeGreaterThan(0);
  });
  it('moving a lever to another team keeps each lever with one owner', () => {
    const teams = assignLever(defaultTeams(), 'deflator', 'finance');
    expect(teams.find((t) => t.id === 'finance')!.levers).toContain('deflator');
    expect(teams.find((t) => t.id === 'development-reform')!.levers).not.toContain('deflator');
    expect(sharedLevers(teams)).toEqual([]);
  });
});

describe('taking in proposals', () => {
  it('records a proposal and carries it into later rounds until replaced', () => {
    let s = testSession();
    const r = takeProposal(s, { sessionId: 'ws-test', round: 0, teamId: 'ecology-environment', values: { energyIntensityChange: -0.04 } });
    expect(r.ok).toBe(true);
    s = nextRound(r.ok ? r.value : s);
    expect(currentRound(s)).toBe(1);
    expect(valuesAt(s, 1)).toEqual({ energyIntensityChange: -0.04 });
    // A link from the round before (a team still on last round's page) is refused: played rounds stay as they were.
    expect(takeProposal(s, { sessionId: 'ws-test', round: 0, teamId: 'ecology-environment', values: { energyIntensityChange: -0.09 } }).ok).toBe(false);
    const r2 = takeProposal(s, { sessionId: 'ws-test', round: 1, teamId: 'ecology-environment', values: { energyIntensityChange: -0.05 } });
    s = r2.ok ? r2.value : s;
    expect(valuesAt(s, 0)).toEqual({ energyIntensityChange: -0.04 });
    expect(teamValuesAt(s, 1, 'ecology-environment')).toEqual({ energyIntensityChange: -0.05 });
    expect(valuesAt(withdrawProposal(s, 1, 'ecology-environment'), 1)).toEqual({ energyIntensityChange: -0.04 });
  });
  it.each([
    [{ sessionId: 'other', round: 0, teamId: 'finance', values: {} }, 'sessionId'],
    [{ sessionId: 'ws-test', round: 1, teamId: 'finance', values: {} }, 'round'],
    [{ sessionId: 'ws-test', round: -1, teamId: 'finance', values: {} }, 'round'],
    [{ sessionId: 'ws-test', round: 0, teamId: 'nobody', values: {} }, 'teamId'],
    [{ sessionId: 'ws-test', round: 0, teamId: 'finance', values: { deflator: 0.02 } }, 'values.deflator'],
    [{ sessionId: 'ws-test', round: 0, teamId: 'development-reform', values: { deflator: Number.NaN } }, 'values.deflator'],
  ])('refuses %j naming the field %s, in both languages, and changes nothing', (p, field) => {
    const s = testSession();
    const r = takeProposal(s, p);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.field).toBe(field);
      expect(r.problem.allowed.zh.length).toBeGreaterThan(0);
      expect(r.problem.allowed.en.length).toBeGreaterThan(0);
    }
  });
  it('never opens more rounds than planned', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 20 }), (count, clicks) => {
      let s = testSession(count);
      for (let i = 0; i < clicks; i++) s = nextRound(s);
      return s.rounds.length === Math.min(count, clicks + 1);
    }));
  });
});
