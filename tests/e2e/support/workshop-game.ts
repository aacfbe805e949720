/**
 * The planning game the workshop tests play: 4 teams of the default set, 3 rounds from the historical
 * trend, one lever per team. `expectedSession` builds the same session in Node with the engine: the
 * oracle of every number the board shows, and the file the presenter tests open instead of replaying
 * the rounds through the page.
 */
import type { Page } from 'playwright-core';
import { builtinScenarios } from '../../../scenarios/index';
import { flatStart } from '../../../ui/game/combine';
import { createSession, nextRound, takeProposal } from '../../../ui/game/session';
import { defaultTeams } from '../../../ui/game/teams';
import type { GameSession } from '../../../ui/game/session-types';
import { chartsSettled, SAVE_SCREENSHOTS, screenshot } from './app-page';

export const TEAMS = ['development-reform', 'industry-it', 'ecology-environment', 'human-resources'] as const;
export type TeamId = (typeof TEAMS)[number];

/** The lever each team moves, and its value (in %) in rounds 1, 2, 3. */
export const MOVES: Record<TeamId, { lever: string; percent: [number, number, number] }> = {
  'development-reform': { lever: 'realGrowth.tertiary', percent: [12, 16, 20] },
  'industry-it': { lever: 'realGrowth.secondary', percent: [6, 9, 12] },
  'ecology-environment': { lever: 'energy.intensityChange', percent: [-2, -3, -4] },
  'human-resources': { lever: 'population.productivityGrowth', percent: [4, 3, 2] },
};

/** The session after `rounds` rounds, every team's proposal taken in, built in Node. */
export function expectedSession(id: string, rounds: number): GameSession {
  const start = flatStart(builtinScenarios.find((s) => s.id === 'historical-trend')!, []);
  let s = createSession({ id, name: { zh: 'x', en: 'x' }, planId: 'wuhan-etdz-14th', start, teams: defaultTeams().filter((t) => (TEAMS as readonly string[]).includes(t.id)), roundCount: 3 });
  for (let r = 0; r < rounds; r++) {
    if (r > 0) s = nextRound(s);
    for (const team of TEAMS) {
      const res = takeProposal(s, { sessionId: s.id, round: r, teamId: team, values: { [MOVES[team].lever]: MOVES[team].percent[r] / 100 } });
      if (!res.ok) throw new Error(JSON.stringify(res.problem));
      s = res.value;
    }
  }
  return s;
}

/** The board's target values by target id, as the page shows them (data-value). */
export function boardValues(p: Page): Promise<Record<string, number>> {
  return p.$$eval('[data-testid^="target-"][data-value]', (rows) => Object.fromEntries(rows.map((r) => [r.getAttribute('data-testid')!.slice(7), Number(r.getAttribute('data-value'))])));
}

export interface ShotSize {
  w: number;
  h: number;
  /** 150% zoom of a 1280x720 projector: the page is laid out in 853x480 CSS pixels. */
  zoom150?: boolean;
}
export const PROJECTOR_SIZES: ShotSize[] = [{ w: 1280, h: 720 }, { w: 1920, h: 1080 }, { w: 853, h: 480, zoom150: true }];

/**
 * Screenshots artifacts/screenshots/workshop-<name>-<size>.png at projector sizes; leaves the page at 1280x720.
 * Without screenshots (SAVE_SCREENSHOTS off), no resize: the sizes exist for the pictures (no check runs in a
 * sweep), and each resize redraws every chart on the page; the page is left at 1280x720 all the same.
 */
export async function projectorShots(page: Page, name: string, sizes: ShotSize[] = PROJECTOR_SIZES): Promise<void> {
  if (!SAVE_SCREENSHOTS) {
    await page.setViewportSize({ width: 1280, height: 720 });
    await chartsSettled(page);
    return;
  }
  for (const s of sizes) {
    await page.setViewportSize({ width: s.w, height: s.h });
    await chartsSettled(page);
    await screenshot(page, `workshop-${name}-${s.zoom150 ? '1280x720-150pct' : `${s.w}x${s.h}`}`);
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}
