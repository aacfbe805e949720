/**
 * Target probabilities on the board: a seeded Monte Carlo of a round's combined scenario, run by the
 * app's Runner (the worker pool in the browser, the in-process runner in tests) with the session's
 * seed and path count, so reopening a session reproduces the same numbers. Only the key targets'
 * probabilities are read; one small series is summarised to keep the run cheap.
 */
import { type McResult, type ResolvedScenario } from '../../engine/index';
import type { McRequest, Runner } from '../../runtime/runner';
import { plan } from '../state/scenarios';
import { KEY_TARGETS, type KeyTargetId } from './board';
import { roundScenario } from './combine';
import type { GameSession } from './session-types';

/** Path counts offered in setup (a larger count is slower and only narrows the standard error). */
export const BOARD_PATH_CHOICES = [5_000, 20_000, 50_000, 100_000] as const;

/** Probability of meeting a key target, with its Monte Carlo standard error (fractions). */
export interface KeyProbability {
  id: KeyTargetId;
  probability: number;
  standardError: number;
}

/** What one board run needs (a new object per round scenario / setting: the run's identity). */
export interface BoardMcInput {
  scenario: ResolvedScenario;
  paths: number;
  seed: number;
}

/** Why probabilities cannot be shown, or undefined when they can. */
export function boardMcBlocked(s: GameSession): 'off' | 'noUncertainty' | undefined {
  if (!s.settings.uncertainty) return 'off';
  return roundScenario(s, -1).uncertainty ? undefined : 'noUncertainty';
}

/** The Monte Carlo input of a round's board, or null when probabilities are off or impossible. */
export function boardMcInput(s: GameSession, round: number): BoardMcInput | null {
  if (boardMcBlocked(s)) return null;
  return { scenario: roundScenario(s, round), paths: s.settings.paths, seed: s.settings.seed };
}

/** The runner request of a board input. */
export function boardMcRequest(input: BoardMcInput): McRequest {
  return { plan, scenario: input.scenario, options: { paths: input.paths, seed: input.seed, series: ['gdpNominal'], quantiles: [0.5] } };
}

/** The key targets' probabilities of a Monte Carlo result (targets the plan has, in board order). */
export function keyProbabilities(result: McResult): KeyProbability[] {
  return KEY_TARGETS.flatMap((id) => {
    const r = result.targets.find((x) => x.id === id);
    return r ? [{ id, probability: r.probability, standardError: r.standardError }] : [];
  });
}

/** Runs the board's Monte Carlo on `runner`. @throws PlanpathError, RunnerError (cancelled when `signal` aborts) */
export async function boardProbabilities(runner: Runner, input: BoardMcInput, signal?: AbortSignal): Promise<KeyProbability[]> {
  return keyProbabilities(await runner.runMonteCarlo(boardMcRequest(input), { signal }));
}
