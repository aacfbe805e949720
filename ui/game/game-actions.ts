/**
 * What the workshop's buttons do, over the game store: start a session from the setup, take in a
 * proposal link, set a team's lever on the facilitator's screen, open the next round, load a file.
 * Messages come back in both languages.
 */
import type { Lang, LocalizedText, ScenarioFile } from '../../engine/index';
import { flatStart } from './combine';
import { problemText } from './game-errors';
import type { GameStore } from './game-store';
import { decodeProposal } from './links';
import { readSessionText } from './serialize';
import { createSession, currentRound, nextRound, takeProposal, teamValuesAt } from './session';
import type { GameSession, GameSettings, Team } from './session-types';

const both = (f: (lang: Lang) => string): LocalizedText => ({ zh: f('zh'), en: f('en') });

/** A session id from the clock (kebab-case, unique enough for one browser). */
export function newSessionId(nowMs: number): string {
  return `ws-${Math.floor(nowMs).toString(36)}`;
}

export function startSession(store: GameStore, o: { id: string; name: LocalizedText; startFile: ScenarioFile; user: readonly ScenarioFile[]; teams: Team[]; roundCount: number; planId: string; settings?: Partial<GameSettings> }): void {
  const session = createSession({ id: o.id, name: o.name, planId: o.planId, start: flatStart(o.startFile, o.user), teams: o.teams, roundCount: o.roundCount, settings: o.settings });
  store.put(session);
  store.set({ view: 'board', message: null });
}

/** Takes in a pasted proposal link; returns true when it was taken. */
export function takeLink(store: GameStore, session: GameSession, text: string, names: (teamId: string) => LocalizedText): boolean {
  const p = decodeProposal(text);
  const r = p.ok ? takeProposal(session, p.value) : p;
  if (!r.ok) {
    store.set({ message: { kind: 'error', text: both((l) => (l === 'zh' ? `方案未接收:${problemText(r.problem, l)}` : `Proposal refused: ${problemText(r.problem, l)}`)) } });
    return false;
  }
  if (typeof performance !== 'undefined') performance.mark('planpath:proposal-taken');
  store.put(r.value);
  const team = p.ok ? names(p.value.teamId) : { zh: '', en: '' };
  const round = p.ok ? p.value.round + 1 : 0;
  store.set({ message: { kind: 'info', text: { zh: `已接收${team.zh}第${round}轮方案。`, en: `Proposal of ${team.en} taken in for round ${round}.` } } });
  return true;
}

/** The facilitator sets one lever of a team in the current round. */
export function setTeamLever(store: GameStore, session: GameSession, teamId: string, lever: string, value: number): void {
  const round = currentRound(session);
  const values = { ...(session.rounds[round].proposals[teamId] ?? {}), [lever]: value };
  const r = takeProposal(session, { sessionId: session.id, round, teamId, values });
  if (r.ok) store.put(r.value);
}

export function openNextRound(store: GameStore, session: GameSession): void {
  store.put(nextRound(session));
}

/** Loads a session file's text; false (with the problem in the message) when it does not pass. */
export function loadSessionText(store: GameStore, text: string): boolean {
  const r = readSessionText(text);
  if (!r.ok) {
    store.set({ message: { kind: 'error', text: both((l) => (l === 'zh' ? `推演文件未载入:${problemText(r.problem, l)}` : `The session file was not loaded: ${problemText(r.problem, l)}`)) } });
    return false;
  }
  store.put(r.value);
  store.set({ view: 'board', message: null });
  return true;
}

export { teamValuesAt };
