/**
 * Measurement loops that run inside the page (no round trip per sample): they drive the tertiary
 * growth slider the way a drag does (pointerdown, input events, pointerup) and time the app's own
 * draw log (window.__planpathDraws, one count per chart per Plotly.react) and performance marks.
 */
import type { Page } from 'playwright-core';

export interface Sample {
  redraw: number[];
  frame: number[];
}

const SLIDER = '[data-testid="lever-realGrowth.tertiary-slider"]';
const WORKSPACE_CHARTS = ['chart-gdp', 'chart-shares', 'chart-population', 'chart-percapita', 'chart-energy', 'chart-services'];

/** Lever input -> all workspace charts redrawn (and -> the next animation frame). First 10 inputs are warm-up. */
export async function leverSweep(page: Page, rounds: number): Promise<Sample> {
  await page.click('[data-testid="tab-workspace"]');
  await page.waitForSelector('[data-testid="chart-services"] .main-svg');
  return page.evaluate(
    async ({ rounds, slider, ids }) => {
      const input = document.querySelector(slider) as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const draws = () => (window as unknown as { __planpathDraws?: Record<string, number> }).__planpathDraws ?? {};
      const redraw: number[] = [];
      const frame: number[] = [];
      input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      for (let i = 0; i < rounds + 10; i++) {
        const before = ids.map((id) => draws()[id] ?? 0);
        const t0 = performance.now();
        setValue.call(input, String(10 + (i % 20) * 0.5));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        let spins = 0;
        while (!ids.every((id, j) => (draws()[id] ?? 0) > before[j])) {
          if (spins++ < 500) await Promise.resolve();
          else await new Promise((r) => setTimeout(r, 0));
        }
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const t2 = performance.now();
        if (i >= 10) {
          redraw.push(t1 - t0);
          frame.push(t2 - t0);
        }
        // A drag delivers about 60 input events a second.
        await new Promise((r) => setTimeout(r, 16));
      }
      input.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return { redraw, frame };
    },
    { rounds, slider: SLIDER, ids: WORKSPACE_CHARTS },
  );
}

/** Release of a dragged lever -> Monte Carlo result delivered and the fan charts redrawn. */
export async function releaseSweep(page: Page, rounds: number): Promise<{ result: number[]; redraw: number[] }> {
  return page.evaluate(
    async ({ rounds, slider }) => {
      const input = document.querySelector(slider) as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const draws = () => (window as unknown as { __planpathDraws?: Record<string, number> }).__planpathDraws ?? {};
      const results = () => performance.getEntriesByName('planpath:mc-result').length;
      const result: number[] = [];
      const redraw: number[] = [];
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      for (let i = 0; i < rounds + 2; i++) {
        input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        for (let k = 0; k < 5; k++) {
          setValue.call(input, String(12 + ((i * 5 + k) % 30) * 0.5));
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await sleep(16);
        }
        const r0 = results();
        const d0 = draws()['chart-fan-gdp'] ?? 0;
        const h0 = draws()['chart-histogram'] ?? 0;
        const t0 = performance.now();
        input.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
        while (results() <= r0) await sleep(1);
        const t1 = performance.now();
        while ((draws()['chart-fan-gdp'] ?? 0) <= d0 || (draws()['chart-histogram'] ?? 0) <= h0) await sleep(1);
        const t2 = performance.now();
        if (i >= 2) {
          result.push(t1 - t0);
          redraw.push(t2 - t0);
        }
        await sleep(150);
      }
      return { result, redraw };
    },
    { rounds, slider: SLIDER },
  );
}
