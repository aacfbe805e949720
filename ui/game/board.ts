/**
 * What the board shows for a round: the five key targets (met or missed, projected value), and what
 * each team's proposal changed, one team at a time: the previous round's scenario with only that
 * team's proposal of this round applied, minus the previous round's scenario. (The differences need
 * not add up to the combined change when levers interact.)
 */
import type { Projection, TargetResult } from '../../engine/index';
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
  /** Change of each key target's projected value, in its unit. */
  deltas: Partial<Record<KeyTargetId, number>>;
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
  const effects = s.teams
    .filter((t) => proposals[t.id])
    .map((t) => {
      const alone = projectionOf(layeredScenario(s, [...beforeValues, proposals[t.id]]));
      const deltas: TeamEffect['deltas'] = {};
      for (const id of KEY_TARGETS) {
        const a = projected(alone, id);
        const b = projected(beforeP, id);
        if (a !== null && b !== null) deltas[id] = a - b;
      }
      return { teamId: t.id, deltas };
    });
  return { round, projection, outcomes: keyOutcomes(projection), effects };
}

/** Key outcomes of every round so far (the round history), in order. */
export function roundHistory(s: GameSession): KeyOutcome[][] {
  return s.rounds.map((_, r) => keyOutcomes(roundProjection(s, r)));
}
