/**
 * What the board shows for a round: the five key targets (met or missed, projected value), and what
 * each team's proposal changed, one team at a time: the previous round's scenario with only that
 * team's proposal of this round applied, minus the previous round's scenario. (The differences need
 * not add up to the combined change when levers interact.)
 */
import { shapleyValues, type Projection, type TargetResult } from '../../engine/index';
import { layeredScenario, projectionOf, roundProjection } from './combine';
import { valuesAt } from './session';
import type { GameSession } from './session-types';

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

/** The board of one round. */
export function roundBoard(s: GameSession, round: number): RoundBoard {
  const projection = roundProjection(s, round);
  const beforeValues = round > 0 ? [valuesAt(s, round - 1)] : [];
  const beforeP = projectionOf(layeredScenario(s, beforeValues));
  const proposals = s.rounds[round]?.proposals ?? {};
  const players = s.teams.filter((t) => proposals[t.id]);
  const coalition = (mask: number) => projectionOf(layeredScenario(s, [...beforeValues, Object.assign({}, ...players.filter((_, i) => mask & (1 << i)).map((t) => proposals[t.id]))]));
  const shapley = Object.fromEntries(
    KEY_TARGETS.map((id) => [id, players.length ? shapleyValues(players.length, (mask) => projected(coalition(mask), id) ?? Number.NaN) : []]),
  ) as Record<KeyTargetId, number[]>;
  const effects = players
    .map((t, k) => {
      const alone = projectionOf(layeredScenario(s, [...beforeValues, proposals[t.id]]));
      const deltas: TeamEffect['deltas'] = {};
      for (const id of KEY_TARGETS) {
        const a = projected(alone, id);
        const b = projected(beforeP, id);
        if (a !== null && b !== null) deltas[id] = a - b;
      }
      const phi: TeamEffect['shapley'] = {};
      for (const id of KEY_TARGETS) if (Number.isFinite(shapley[id][k])) phi[id] = shapley[id][k];
      return { teamId: t.id, deltas, shapley: phi };
    });
  return { round, projection, outcomes: keyOutcomes(projection), effects };
}

/** Key outcomes of every round so far (the round history), in order. */
export function roundHistory(s: GameSession): KeyOutcome[][] {
  return s.rounds.map((_, r) => keyOutcomes(roundProjection(s, r)));
}
