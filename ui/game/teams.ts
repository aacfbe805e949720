/**
 * The default teams (data/workshop/teams.json) and lever ownership: which team owns a lever, the
 * levers the model knows (a team may list a lever the model does not have yet; it becomes active
 * when the lever lands), and the check that no lever has two owners.
 */
import { isKnownLever } from './game-levers';
import teamsData from '../../data/workshop/teams.json' with { type: 'json' };
import type { GameLeverId, Team } from './session-types';

/** The six default teams, a fresh copy each call. */
export function defaultTeams(): Team[] {
  return structuredClone((teamsData as unknown as { teams: Team[] }).teams);
}

export { isKnownLever };

/** The team that owns `lever`, if any. */
export function ownerOf(teams: readonly Team[], lever: GameLeverId): Team | undefined {
  return teams.find((t) => t.levers.includes(lever));
}

/** The levers a team can move now (owned and known to the model). */
export function activeLevers(team: Team): GameLeverId[] {
  return team.levers.filter(isKnownLever);
}

/** Levers owned by more than one team (must be empty in a valid session). */
export function sharedLevers(teams: readonly Team[]): GameLeverId[] {
  const seen = new Map<GameLeverId, number>();
  for (const t of teams) for (const l of new Set(t.levers)) seen.set(l, (seen.get(l) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([l]) => l);
}

/** Teams with `lever` moved to `teamId` (taken from its previous owner); `teamId` null frees it. */
export function assignLever(teams: readonly Team[], lever: GameLeverId, teamId: string | null): Team[] {
  return teams.map((t) => {
    const without = t.levers.filter((l) => l !== lever);
    return t.id === teamId ? { ...t, levers: [...without, lever] } : without.length === t.levers.length ? t : { ...t, levers: without };
  });
}
