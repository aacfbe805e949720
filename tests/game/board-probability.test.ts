/**
 * The board's target probabilities are the engine's Monte Carlo of the round's combined scenario with
 * the session's seed and paths: the same numbers as runMonteCarlo(compileMonteCarlo(...)) called directly
 * (default summary options; the board asks for less, which must not change a probability), through the
 * runner interface the browser's worker pool implements bit for bit.
 */
import { describe, expect, it } from 'vitest';
import { compileMonteCarlo, runMonteCarlo, simulateBlocks } from '../../engine/index';
import { createInProcessRunner } from '../../runtime/in-process-runner';
import { boardMcBlocked, boardMcInput, boardProbabilities } from '../../ui/game/board-probability';
import { KEY_TARGETS } from '../../ui/game/board';
import { roundScenario } from '../../ui/game/combine';
import { readSessionText, sessionToJson } from '../../ui/game/serialize';
import { takeProposal } from '../../ui/game/session';
import { plan } from '../../ui/state/scenarios';
import type { GameSession } from '../../ui/game/session-types';
import { testSession } from './fixtures';

const execute = async (m: Parameters<typeof simulateBlocks>[0], r: Parameters<typeof simulateBlocks>[1]) => [simulateBlocks(m, r)];

function withUncertainty(paths: number, seed: number): GameSession {
  const s = testSession();
  const on = { ...s, settings: { uncertainty: true, paths, seed } };
  const r = takeProposal(on, { sessionId: s.id, round: 0, teamId: 'development-reform', values: { 'realGrowth.tertiary': 0.15 } });
  if (!r.ok) throw new Error(JSON.stringify(r.problem));
  return r.value;
}

describe('Board probabilities', () => {
  it('are off by default, and need an uncertainty block in the start', () => {
    const s = testSession();
    expect(s.settings).toEqual({ uncertainty: false, paths: 20_000, seed: 20210101 });
    expect(boardMcBlocked(s)).toBe('off');
    expect(boardMcInput(s, 0)).toBeNull();
    const { uncertainty: _u, ...bare } = s.start;
    expect(boardMcBlocked({ ...s, start: bare, settings: { ...s.settings, uncertainty: true } })).toBe('noUncertainty');
  });

  it('equal the engine runMonteCarlo of the round scenario for the same seed and paths', async () => {
    const s = withUncertainty(20_000, 12345);
    const input = boardMcInput(s, 0)!;
    expect(input).toMatchObject({ paths: 20_000, seed: 12345 });
    const shown = await boardProbabilities(createInProcessRunner(), input);
    const engine = await runMonteCarlo(compileMonteCarlo(plan, roundScenario(s, 0), { paths: 20_000, seed: 12345 }), execute);
    expect(engine.paths).toBe(20_000);
    expect(shown.map((p) => p.id)).toEqual(KEY_TARGETS.filter((id) => engine.targets.some((t) => t.id === id)));
    expect(shown.length).toBeGreaterThanOrEqual(3);
    for (const p of shown) {
      const e = engine.targets.find((t) => t.id === p.id)!;
      expect(p.probability, p.id).toBe(e.probability);
      expect(p.standardError, p.id).toBe(e.standardError);
    }
    // The round's proposal is in the scenario the board runs: the start gives other GDP odds.
    const startOdds = await runMonteCarlo(compileMonteCarlo(plan, roundScenario(s, -1), { paths: 20_000, seed: 12345 }), execute);
    expect(startOdds.targets.find((t) => t.id === 'gdpNominal')!.probability).not.toBe(shown.find((p) => p.id === 'gdpNominal')!.probability);
  });

  it('a saved and reopened session reproduces the same probabilities (seed and paths are in the file)', async () => {
    const s = withUncertainty(5_000, 777);
    const back = readSessionText(sessionToJson(s));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.settings).toEqual({ uncertainty: true, paths: 5_000, seed: 777 });
    const runner = createInProcessRunner();
    expect(await boardProbabilities(runner, boardMcInput(back.value, 0)!)).toEqual(await boardProbabilities(runner, boardMcInput(s, 0)!));
  });
});
