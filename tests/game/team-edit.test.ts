/**
 * Team edits in setup: names, cards, colours, adding and removing teams, lever ownership (one owner at
 * most, unowned levers listed); the edits travel in the session file and reproduce every round; empty
 * names are refused with a message naming the team and the field in both languages.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addTeam, editTeam, removeTeam, teamProblems, unownedLevers, TEAM_COLORS } from '../../ui/game/team-edit';
import { assignLever, defaultTeams, sharedLevers } from '../../ui/game/teams';
import { registryLeverIds } from '../../ui/game/game-levers';
import { createSession, nextRound, takeProposal } from '../../ui/game/session';
import { parseSession, readSessionText, sessionToJson } from '../../ui/game/serialize';
import { roundHistory } from '../../ui/game/board';
import { packJson, unpackJson } from '../../ui/game/links';
import { MAX_TEAMS } from '../../ui/game/session-types';
import { testSession } from './fixtures';

describe('Team edits', () => {
  it('rename, rewrite a card and recolour one team, leaving the others as they were', () => {
    let teams = defaultTeams();
    teams = editTeam(teams, 'finance', { kind: 'name', lang: 'zh', text: '财政金融组' });
    teams = editTeam(teams, 'finance', { kind: 'name', lang: 'en', text: 'Finance and banking' });
    teams = editTeam(teams, 'finance', { kind: 'card', field: 'judgedOn', lang: 'en', text: 'Debt kept in check.' });
    teams = editTeam(teams, 'finance', { kind: 'color', color: '#123456' });
    const f = teams.find((t) => t.id === 'finance')!;
    expect(f.name).toEqual({ zh: '财政金融组', en: 'Finance and banking' });
    expect(f.card.judgedOn.en).toBe('Debt kept in check.');
    expect(f.card.judgedOn.zh).toBe(defaultTeams().find((t) => t.id === 'finance')!.card.judgedOn.zh);
    expect(f.color).toBe('#123456');
    expect(teams.filter((t) => t.id !== 'finance')).toEqual(defaultTeams().filter((t) => t.id !== 'finance'));
  });

  it('adds teams with fresh ids and unused colours up to the maximum; removing frees the levers; the last team stays', () => {
    let teams = defaultTeams();
    teams = addTeam(teams);
    expect(teams[6]).toMatchObject({ id: 'team-7', name: { zh: '新小组7', en: 'New team 7' }, color: TEAM_COLORS[5], levers: [] });
    teams = addTeam(addTeam(teams));
    expect(teams).toHaveLength(MAX_TEAMS);
    expect(new Set(teams.map((t) => t.id)).size).toBe(MAX_TEAMS);
    expect(new Set(teams.map((t) => t.color)).size).toBe(MAX_TEAMS);
    expect(addTeam(teams)).toHaveLength(MAX_TEAMS);
    const freed = removeTeam(defaultTeams(), 'natural-resources');
    expect(unownedLevers(freed, registryLeverIds())).toEqual(expect.arrayContaining(['land.industrialDensityChange', 'land.nonIndustrialM2PerResident']));
    expect(removeTeam([defaultTeams()[0]], 'development-reform')).toHaveLength(1);
  });

  it('ownership: any sequence of reassignments leaves each lever with at most one owner, and unowned + owned = all', () => {
    const levers = registryLeverIds();
    const ids = defaultTeams().map((t) => t.id);
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...levers), fc.option(fc.constantFrom(...ids), { nil: null })), { maxLength: 30 }), (moves) => {
      let teams = defaultTeams();
      for (const [lever, owner] of moves) teams = assignLever(teams, lever, owner);
      const owned = teams.flatMap((t) => t.levers).filter((l) => levers.includes(l));
      return sharedLevers(teams).length === 0 && owned.length + unownedLevers(teams, levers).length === levers.length;
    }));
  });

  it('refuses empty names, naming the team and the field in Chinese and English', () => {
    const teams = editTeam(editTeam(defaultTeams(), 'industry-it', { kind: 'name', lang: 'en', text: '  ' }), 'finance', { kind: 'name', lang: 'zh', text: '' });
    const problems = teamProblems(teams);
    expect(problems.map((p) => p.field)).toEqual(['teams[1].name.en', 'teams[5].name.zh']);
    expect(problems[0].message.en).toBe('Team 2: the English name is empty; please enter one.');
    expect(problems[0].message.zh).toBe('第2组:英文名称为空,请填写。');
    expect(problems[1].message.en).toContain('Chinese name');
    expect(problems[1].message.zh).toContain('中文名称');
    const dup = teamProblems(editTeam(defaultTeams(), 'finance', { kind: 'name', lang: 'en', text: 'Industry and IT' }));
    expect(dup.map((p) => p.field)).toEqual(['teams[5].name.en']);
    expect(teamProblems(defaultTeams())).toEqual([]);
  });

  it('edited teams travel in the session file and link; reopening reproduces every round', async () => {
    let teams = addTeam(defaultTeams());
    teams = editTeam(teams, 'team-7', { kind: 'name', lang: 'en', text: 'Housing' });
    teams = assignLever(teams, 'population.growth', 'team-7');
    teams = assignLever(teams, 'deflator', null);
    const base = testSession();
    let s = createSession({ id: 'ws-edit', name: base.name, planId: base.planId, start: base.start, teams, roundCount: 2 });
    const r1 = takeProposal(s, { sessionId: s.id, round: 0, teamId: 'team-7', values: { 'population.growth': 0.05 } });
    expect(r1.ok).toBe(true);
    s = nextRound(r1.ok ? r1.value : s);
    // The lever moved away from human resources: its old owner can no longer propose it.
    expect(takeProposal(s, { sessionId: s.id, round: 1, teamId: 'human-resources', values: { 'population.growth': 0.01 } }).ok).toBe(false);
    const back = readSessionText(sessionToJson(s));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.teams).toEqual(teams);
    expect(roundHistory(back.value)).toEqual(roundHistory(s));
    // The session link carries the same session (deflate + base64url), read by the same checks.
    const linked = parseSession(await unpackJson(await packJson(s)));
    expect(linked.ok && linked.value).toEqual(s);
    // A file whose team lost its name is refused, naming the field.
    const o = JSON.parse(sessionToJson(s));
    o.teams[6].name.en = '';
    const bad = parseSession(o);
    expect(bad.ok ? '' : bad.problem.field).toBe('teams[6].name');
  });
});
