import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseSession, readSessionText, sessionToJson } from '../../ui/game/serialize';
import { decodeInvite, decodeProposal, encodeInvite, encodeProposal, gameUrl, packJson, unpackJson } from '../../ui/game/links';
import { roundHistory } from '../../ui/game/board';
import { nextRound, takeProposal } from '../../ui/game/session';
import { testSession } from './fixtures';
import { DEFAULT_SEED } from '../../engine/index';

const played = () => {
  let s = testSession();
  const r = takeProposal(s, { sessionId: s.id, round: 0, teamId: 'development-reform', values: { 'realGrowth.tertiary': 0.2 } });
  s = nextRound(r.ok ? r.value : s);
  const r2 = takeProposal(s, { sessionId: s.id, round: 1, teamId: 'finance', values: { 'investment.amountYi': 2500 } });
  return r2.ok ? r2.value : s;
};

describe('session file', () => {
  it('round-trips and reproduces every round exactly', () => {
    const s = played();
    const back = readSessionText(sessionToJson(s));
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.value).toEqual(s);
      expect(roundHistory(back.value)).toEqual(roundHistory(s));
    }
  });
  it.each([
    ['schemaVersion', (o: Record<string, unknown>) => ({ ...o, schemaVersion: 3 })],
    ['settings.paths', (o: Record<string, unknown>) => ({ ...o, settings: { ...(o.settings as object), paths: 50 } })],
    ['settings.seed', (o: Record<string, unknown>) => ({ ...o, settings: { ...(o.settings as object), seed: -1 } })],
    ['roundCount', (o: Record<string, unknown>) => ({ ...o, roundCount: 0 })],
    ['teams[].levers', (o: Record<string, unknown>) => ({ ...o, teams: (o.teams as { levers: string[] }[]).map((t, i) => (i === 1 ? { ...t, levers: [...t.levers, 'deflator'] } : t)) })],
    ['rounds[0].proposals.finance.deflator', (o: Record<string, unknown>) => ({ ...o, rounds: [{ proposals: { finance: { deflator: 0.02 } } }] })],
    ['start.assumptions.deflator', (o: Record<string, unknown>) => ({ ...o, start: { ...(o.start as object), assumptions: { ...((o.start as { assumptions: object }).assumptions), deflator: 'x' } } })],
  ])('names the field %s of a damaged file', (field, damage) => {
    const o = JSON.parse(sessionToJson(played()));
    const r = parseSession(damage(o));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem.field).toBe(field);
  });
  it('migrates a version 1 file (no seed, written before team edits and board probabilities): same rounds, the default seed', () => {
    const s = played();
    const { seed: _seed, ...v1Settings } = s.settings;
    const v1 = { ...JSON.parse(sessionToJson(s)), schemaVersion: 1, settings: { ...v1Settings, uncertainty: true, paths: 5000 } };
    const r = parseSession(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.schemaVersion).toBe(2);
    expect(r.value.settings).toEqual({ uncertainty: true, paths: 5000, seed: DEFAULT_SEED });
    expect(r.value.teams).toEqual(s.teams);
    expect(roundHistory(r.value)).toEqual(roundHistory(s));
    // A version 1 file with no settings at all, as the first sessions were written, loads with probabilities off.
    const bare = parseSession({ ...v1, settings: undefined });
    expect(bare.ok && bare.value.settings).toEqual({ uncertainty: false, paths: 5000, seed: DEFAULT_SEED });
  });
  it('refuses text that is not JSON, naming the file', () => {
    const r = readSessionText('{ not json');
    expect(r.ok ? '' : r.problem.field).toBe('(file)');
  });
});

describe('links', () => {
  it('a proposal survives its link, and the link is short enough for chat', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9 }), fc.double({ min: -0.1, max: 0.4, noNaN: true }), (round, x) => {
      const p = { sessionId: 'ws-abc123', round, teamId: 'industry-it', values: { 'realGrowth.secondary': x } };
      const url = gameUrl('http://192.168.1.20:5173/', 'proposal', encodeProposal(p));
      const back = decodeProposal(url);
      return back.ok && JSON.stringify(back.value) === JSON.stringify(p) && url.length < 250;
    }));
  });
  it('refuses a link that is not a proposal', () => {
    expect(decodeProposal('http://x/#share=abc').ok).toBe(false);
    expect(decodeProposal('hello world').ok).toBe(false);
  });
  it('packs a whole session and a team invite (deflate) and reads them back', async () => {
    const s = played();
    expect(await unpackJson(await packJson(s))).toEqual(s);
    const invite = { sessionId: s.id, round: 1, team: s.teams[0], start: 'historical-trend', values: { 'realGrowth.tertiary': 0.2 } };
    const back = await decodeInvite(await encodeInvite(invite));
    expect(back.ok && back.value).toEqual(invite);
    expect((await decodeInvite('zzzz')).ok).toBe(false);
  });
});
