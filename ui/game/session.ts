/**
 * Creating and playing a session: pure functions from a session to the next one (never mutating).
 * Taking in a proposal checks that it is for this session and its current round, from a team of the session, and
 * only for levers that team owns; a refused proposal leaves the session as it was.
 */
import type { LocalizedText, ScenarioFile } from '../../engine/index';
import { defaultTeams, isKnownLever } from './teams';
import { DEFAULT_GAME_SETTINGS, MAX_ROUNDS, SESSION_SCHEMA_VERSION, type GameSession, type GameSettings, type LeverValues, type Proposal, type Team } from './session-types';
import { gameError, type GameResult } from './game-errors';

export interface NewSession {
  id: string;
  name: LocalizedText;
  planId: string;
  /** Flattened starting scenario (see `flatStart`). */
  start: ScenarioFile;
  teams?: Team[];
  roundCount?: number;
  /** Board Monte Carlo settings (default: DEFAULT_GAME_SETTINGS). */
  settings?: Partial<GameSettings>;
}

/** A session at its first round, with no proposals yet. */
export function createSession(o: NewSession): GameSession {
  return {
    schemaVersion: SESSION_SCHEMA_VERSION,
    id: o.id,
    name: o.name,
    planId: o.planId,
    start: o.start,
    teams: o.teams ?? defaultTeams(),
    roundCount: Math.max(1, Math.min(MAX_ROUNDS, Math.round(o.roundCount ?? 3))),
    rounds: [{ proposals: {} }],
    settings: { ...DEFAULT_GAME_SETTINGS, ...o.settings },
  };
}

/** Index of the current (last) round. */
export function currentRound(s: GameSession): number {
  return s.rounds.length - 1;
}

/** Takes in a proposal, replacing that team's earlier proposal for the same round. */
export function takeProposal(s: GameSession, p: Proposal): GameResult<GameSession> {
  if (p.sessionId !== s.id) return gameError('sessionId', p.sessionId, { en: `a proposal for session ${s.id}`, zh: `本场推演(${s.id})的提案` });
  // Only the current round takes proposals: an old link (a team still on last round's page) never rewrites a played round.
  if (p.round !== currentRound(s)) return gameError('round', Number.isInteger(p.round) ? p.round + 1 : p.round, { en: `the current round (${currentRound(s) + 1})`, zh: `当前轮次(第${currentRound(s) + 1}轮)` });
  const team = s.teams.find((t) => t.id === p.teamId);
  if (!team) return gameError('teamId', p.teamId, { en: s.teams.map((t) => t.id).join(', '), zh: s.teams.map((t) => t.id).join('、') });
  for (const [lever, value] of Object.entries(p.values)) {
    if (!team.levers.includes(lever) || !isKnownLever(lever)) return gameError(`values.${lever}`, lever, { en: `a lever of ${team.name.en}: ${team.levers.join(', ')}`, zh: `${team.name.zh}的杠杆:${team.levers.join('、')}` });
    if (typeof value !== 'number' || !Number.isFinite(value)) return gameError(`values.${lever}`, value, { en: 'a finite number', zh: '有限数值' });
  }
  const rounds = s.rounds.map((r, i) => (i === p.round ? { proposals: { ...r.proposals, [team.id]: { ...p.values } } } : r));
  return { ok: true, value: { ...s, rounds } };
}

/** Removes a team's proposal from a round. */
export function withdrawProposal(s: GameSession, round: number, teamId: string): GameSession {
  return { ...s, rounds: s.rounds.map((r, i) => (i === round ? { proposals: Object.fromEntries(Object.entries(r.proposals).filter(([id]) => id !== teamId)) } : r)) };
}

/** Opens the next round (no-op after the last planned round). */
export function nextRound(s: GameSession): GameSession {
  return s.rounds.length >= s.roundCount ? s : { ...s, rounds: [...s.rounds, { proposals: {} }] };
}

/** The lever values in force at the end of `round`: every proposal up to it, later ones winning. */
export function valuesAt(s: GameSession, round: number): LeverValues {
  const out: LeverValues = {};
  for (let r = 0; r <= Math.min(round, s.rounds.length - 1); r++) for (const v of Object.values(s.rounds[r].proposals)) Object.assign(out, v);
  return out;
}

/** A team's lever values in force at the end of `round` (only its own levers). */
export function teamValuesAt(s: GameSession, round: number, teamId: string): LeverValues {
  const out: LeverValues = {};
  for (let r = 0; r <= Math.min(round, s.rounds.length - 1); r++) Object.assign(out, s.rounds[r].proposals[teamId] ?? {});
  return out;
}
