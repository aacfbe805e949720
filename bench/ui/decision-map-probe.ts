/**
 * The feasibility map in the page: opens the decision tab, then alternates the horizontal lever (which
 * recomputes the 41 x 41 map) and reads the app's own `planpath:decision-map` measures (computation of
 * the 1,681 projections and the grids; drawing the SVG follows in the same frame). The first map is
 * warm-up (cold JIT).
 */
import type { Page } from 'playwright-core';

export async function decisionMapSweep(page: Page, rounds: number): Promise<number[]> {
  await page.click('[data-testid="tab-decision"]');
  await page.waitForSelector('[data-testid="feasibility-map"]', { timeout: 60_000 });
  const levers = ['realGrowth', 'realGrowth.secondary'];
  for (let i = 0; i <= rounds; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName('planpath:decision-map').length);
    await page.selectOption('[data-testid="map-x"]', levers[i % 2]);
    await page.waitForFunction((n) => performance.getEntriesByName('planpath:decision-map').length > n, before, { timeout: 60_000 });
  }
  const all = await page.evaluate(() => performance.getEntriesByName('planpath:decision-map').map((e) => e.duration));
  return all.slice(2);
}
