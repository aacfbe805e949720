/**
 * What the board shows for a round: the five key targets (met or missed, projected value), and what
 * each team's proposal changed, one team at a time: the previous round's scenario with only that
 * team's proposal of this round applied, minus the previous round's scenario. (The differences need
 * not add up to the combined change when levers interact.)
 */
import { shapleyValues, type Projection, type TargetResult } from '../../engine/index';
import { layeredScenario, projectionOf, roundProjection } from './combine';
import { valuesAt } from './session';
import type { GameSession, LeverValues } from './session-types';

/** The five headline targets, by indicator id: GDP, services share, population, energy, CO2. */
export const KEY_TARGETS = ['gdpNominal', 'servicesShareOfGdp', 'population', 'energyIntensityReduction', 'co2IntensityReduction'] as const;
export type KeyTargetId = (typeof KEY_TARGETS)[number];

export interface KeyOutcome {
  id: KeyTargetId;
  year: number;
  /** Target and projected value in the indicator's unit (亿元, %, 万人, % reduction). */
  target: number;
  projected: number | null;
  met: boolean | null;
  comparator: TargetResult['comparator'];
  unit: string;
}

/** The key targets of a projection (those the plan has). */
export function keyOutcomes(p: Projection): KeyOutcome[] {
  return KEY_TARGETS.flatMap((id) => {
    const row = p.targets.find((r) => r.id === id);
    return row ? [{ id, year: row.year, target: row.target, projected: row.projected, met: row.met, comparator: row.comparator, unit: row.unit }] : [];
  });
}

export interface TeamEffect {
  teamId: string;
  /** Change of each key target's projected value when only this team's proposal is applied, in its unit. */
  deltas: Partial<Record<KeyTargetId, number>>;
  /**
   * Shapley attribution of the round's combined change (engine/decision/shapley.ts): the team's average
   * marginal effect over every order of the round's proposals; the teams' values sum to the combined change.
   */
  shapley: Partial<Record<KeyTargetId, number>>;
}

export interface RoundBoard {
  round: number;
  projection: Projection;
  outcomes: KeyOutcome[];
  effects: TeamEffect[];
}

const projected = (p: Projection, id: KeyTargetId) => p.targets.find((r) => r.id === id)?.projected ?? null;

/** What the board shows first for a round: the combined projection and its key targets. */
export type BoardHead = Omit<RoundBoard, 'effects'>;

/** The combined projection of a round and its key targets (one projection, cached): drawn first. */
export function boardHead(s: GameSession, round: number): BoardHead {
  const projection = roundProjection(s, round);
  return { round, projection, outcomes: keyOutcomes(projection) };
}

/** The board of one round, effects included (computed at once; the page computes them in slices: `effectSteps`). */
export function roundBoard(s: GameSession, round: number): RoundBoard {
  return { ...boardHead(s, round), effects: roundEffects(s, round) };
}

/** The per-team effects and Shapley attribution of a round, computed at once. */
export function roundEffects(s: GameSession, round: number): TeamEffect[] {
  const steps = effectSteps(s, round);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/*
 * Memos, per starting-file object (sessions are replaced, never mutated): the key targets of every
 * coalition's projection, by the JSON of its layers of values (five numbers each, so many can be kept:
 * taking in one team's proposal recomputes only the coalitions with that team, 2^(teams-1)), and
 * the finished effects of a round by its proposals.
 */
type KeyValues = (number | null)[];
const MAX_VALUES = 4096;
const MAX_EFFECTS = 64;
const coalitionValues = new WeakMap<GameSession['start'], Map<string, KeyValues>>();
const finishedEffects = new WeakMap<GameSession['start'], Map<string, TeamEffect[]>>();

function memo<V>(all: WeakMap<GameSession['start'], Map<string, V>>, s: GameSession): Map<string, V> {
  let m = all.get(s.start);
  if (!m) all.set(s.start, (m = new Map()));
  return m;
}

function bounded<V>(m: Map<string, V>, key: string, value: V, max: number): void {
  if (m.size >= max) m.delete(m.keys().next().value!);
  m.set(key, value);
}

/** Identifies a round's effects: the values in force before it and its proposals, in team order. */
export function effectsKey(s: GameSession, round: number): string {
  const proposals = s.rounds[round]?.proposals ?? {};
  return JSON.stringify([round > 0 ? valuesAt(s, round - 1) : null, s.teams.filter((t) => proposals[t.id]).map((t) => [t.id, proposals[t.id]])]);
}

/** The round's effects when they have been computed already (memoised), else undefined. */
export function cachedEffects(s: GameSession, round: number): TeamEffect[] | undefined {
  return finishedEffects.get(s.start)?.get(effectsKey(s, round));
}

/** The key targets of the starting scenario with `layers` applied; yields once after each projection it had to compute. */
function* keyValuesOf(s: GameSession, layers: LeverValues[]): Generator<void, KeyValues> {
  const m = memo(coalitionValues, s);
  const key = JSON.stringify(layers);
  let v = m.get(key);
  if (!v) {
    const p = projectionOf(layeredScenario(s, layers));
    v = KEY_TARGETS.map((id) => projected(p, id));
    bounded(m, key, v, MAX_VALUES);
    yield;
  }
  return v;
}

/**
 * The per-team effects and Shapley attribution of a round as steps: each `next()` computes at most
 * one projection (the previous round's scenario with a coalition of this round's proposals), so a
 * page can run them in slices after the board's first paint and drop them when a new proposal comes in
 * (what was computed stays memoised). The result is memoised by the round's proposals.
 */
export function* effectSteps(s: GameSession, round: number): Generator<void, TeamEffect[]> {
  const done = memo(finishedEffects, s);
  const key = effectsKey(s, round);
  const hit = done.get(key);
  if (hit) return hit;
  const beforeValues = round > 0 ? [valuesAt(s, round - 1)] : [];
  const before = yield* keyValuesOf(s, beforeValues);
  const proposals = s.rounds[round]?.proposals ?? {};
  const players = s.teams.filter((t) => proposals[t.id]);
  const values: KeyValues[] = [];
  for (let mask = 0; mask < 1 << players.length; mask++) {
    const merged: LeverValues = Object.assign({}, ...players.filter((_, i) => mask & (1 << i)).map((t) => proposals[t.id]));
    values.push(yield* keyValuesOf(s, [...beforeValues, merged]));
  }
  const shapley = KEY_TARGETS.map((_, j) => (players.length ? shapleyValues(players.length, (mask) => values[mask][j] ?? Number.NaN) : []));
  const effects = players.map((t, k): TeamEffect => {
    // Alone: the coalition of this team only (the previous round's scenario with its proposal applied).
    const alone = values[1 << k];
    const deltas: TeamEffect['deltas'] = {};
    const phi: TeamEffect['shapley'] = {};
    KEY_TARGETS.forEach((id, j) => {
      const a = alone[j];
      const b = before[j];
      if (a !== null && b !== null) deltas[id] = a - b;
      if (Number.isFinite(shapley[j][k])) phi[id] = shapley[j][k];
    });
    return { teamId: t.id, deltas, shapley: phi };
  });
  bounded(done, key, effects, MAX_EFFECTS);
  return effects;
}

/** Key outcomes of every round so far (the round history), in order. */
export function roundHistory(s: GameSession): KeyOutcome[][] {
  return s.rounds.map((_, r) => keyOutcomes(roundProjection(s, r)));
}
