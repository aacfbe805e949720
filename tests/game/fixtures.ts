/** A small session for the game tests: historical-trend as the start (constant paths, so closed forms hold). */
import { builtinScenarios } from '../../scenarios/index';
import { createSession } from '../../ui/game/session';
import { flatStart } from '../../ui/game/combine';
import type { GameSession } from '../../ui/game/session-types';

export function testSession(roundCount = 3): GameSession {
  const file = builtinScenarios.find((s) => s.id === 'historical-trend')!;
  return createSession({ id: 'ws-test', name: { zh: '测试', en: 'Test' }, planId: 'wuhan-etdz-14th', start: flatStart(file, []), roundCount });
}
