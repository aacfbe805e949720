/**
 * A small session for the game tests: historical-trend as the start, with prices at 2% a year in every
 * sector, population growing 3% a year (not following jobs) and energy and CO2 intensity as exogenous
 * yearly changes of -2.9% (constant paths, so closed forms hold).
 */
import { builtinScenarios } from '../../scenarios/index';
import { createSession } from '../../ui/game/session';
import { flatStart } from '../../ui/game/combine';
import type { GameSession } from '../../ui/game/session-types';

export function testSession(roundCount = 3): GameSession {
  const file = builtinScenarios.find((s) => s.id === 'historical-trend')!;
  const start = flatStart(file, []);
  const { energy: _e, carbon: _c, ...rest } = start.assumptions as Record<string, unknown>;
  start.assumptions = { ...rest, deflator: 0.02, population: { growth: 0.03 }, energyIntensityChange: -0.029, co2IntensityChange: -0.029 } as typeof start.assumptions;
  return createSession({ id: 'ws-test', name: { zh: '测试', en: 'Test' }, planId: 'wuhan-etdz-14th', start, roundCount });
}
