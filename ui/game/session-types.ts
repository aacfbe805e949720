/**
 * The planning game (规划推演): a session is teams, each owning some levers, playing a number of
 * rounds. In each round a team proposes values for its levers; the round's scenario is the starting
 * scenario with every proposal so far applied (a lever keeps its last proposed value). Everything here
 * is plain JSON so a session saves to one file and one link, and reopening it reproduces every round.
 */
import { DEFAULT_SEED, type LocalizedText, type ScenarioFile } from '../../engine/index';

/** A lever id as a string: teams own levers by id, so levers added to the model later can be owned by data. */
export type GameLeverId = string;

export interface Team {
  /** Kebab-case id, unique in the session. */
  id: string;
  name: LocalizedText;
  /** CSS colour of the team's marks on the board. */
  color: string;
  /** Levers the team owns (a lever belongs to at most one team). */
  levers: GameLeverId[];
  card: BriefingCard;
}

/** What a team's briefing card says. */
export interface BriefingCard {
  mandate: LocalizedText;
  interests: LocalizedText;
  judgedOn: LocalizedText;
}

/** Proposed lever values: plan-period averages in the lever's unit (fractions a year for rates). */
export type LeverValues = Record<GameLeverId, number>;

export interface Round {
  /** Proposals by team id. A team without an entry keeps its levers where they were. */
  proposals: Record<string, LeverValues>;
}

export interface GameSettings {
  /** Show target probabilities on the board (Monte Carlo). */
  uncertainty: boolean;
  /** Monte Carlo paths for the board's probabilities. */
  paths: number;
  /** Seed of the board's Monte Carlo (unsigned 32-bit): with `paths`, reopening the session reproduces the probabilities. */
  seed: number;
}

/**
 * Version of the session format. 2: settings carry the board's Monte Carlo seed (version 1 files load
 * with the engine's default seed; serialize.ts migrates them).
 */
export const SESSION_SCHEMA_VERSION = 2;

export interface GameSession {
  schemaVersion: typeof SESSION_SCHEMA_VERSION;
  /** Session id (also the storage key and the id proposals must carry). */
  id: string;
  name: LocalizedText;
  planId: string;
  /** The starting scenario, flattened (no `extends`), so the session does not depend on other saved files. */
  start: ScenarioFile;
  teams: Team[];
  /** Number of rounds planned (1-10). */
  roundCount: number;
  /** Rounds played or in play, in order; the last one is the current round. */
  rounds: Round[];
  settings: GameSettings;
}

/** A proposal as it travels in a link: the session, the round, the team and its values. */
export interface Proposal {
  sessionId: string;
  /** Round index, 0-based. */
  round: number;
  teamId: string;
  values: LeverValues;
}

/** Board probability defaults: off, 20,000 paths (fast enough for the board), the engine's default Monte Carlo seed. */
export const DEFAULT_GAME_SETTINGS: GameSettings = { uncertainty: false, paths: 20_000, seed: DEFAULT_SEED };
/** Paths allowed for the board's Monte Carlo. */
export const GAME_PATHS_RANGE = { min: 1000, max: 200_000 } as const;

/** Bounds of a session's shape. */
export const MAX_ROUNDS = 10;
export const MAX_TEAMS = 8;
