/**
 * Measurement loops that run inside the page (no round trip per sample): they drive the tertiary
 * growth slider the way a drag does (pointerdown, input events, pointerup) and time the app's own
 * draw log (window.__planpathDraws, one count per chart per Plotly.react) and performance marks.
 */
import type { Page } from 'playwright-core';

export interface Sample {
  redraw: number[];
  frame: number[];
  /** Charts redrawn per input (charts whose figure did not change are not redrawn). */
  charts: number[];
  /** Of those, charts redrawn by the held lever's fast draw (ui/charts/fast-draw.ts) rather than by Plotly. */
  fast: number[];
}

const SLIDER = '[data-testid="lever-realGrowth.tertiary-slider"]';
const WORKSPACE_CHARTS = ['chart-gdp', 'chart-shares', 'chart-population', 'chart-percapita', 'chart-energy', 'chart-services'];

/**
 * Lever input -> every workspace chart in view whose figure changed is redrawn (and -> the next animation
 * frame). A chart's draw starts in the input event (React layout effect) and is complete when its
 * Plotly.react promise resolves; the probe waits until every started draw is complete.
 * The first 10 inputs are warm-up.
 */
export async function leverSweep(page: Page, rounds: number, slider = SLIDER): Promise<Sample> {
  await page.click('[data-testid="tab-workspace"]');
  await page.waitForSelector('[data-testid="chart-gdp"] .main-svg');
  return page.evaluate(
    async ({ rounds, slider, ids }) => {
      const input = document.querySelector(slider) as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const w = window as unknown as { __planpathDraws?: Record<string, number>; __planpathScheduled?: Record<string, number> };
      const draws = () => w.__planpathDraws ?? {};
      const scheduled = () => w.__planpathScheduled ?? {};
      const redraw: number[] = [];
      const frame: number[] = [];
      const charts: number[] = [];
      const fast: number[] = [];
      const fastDraws = () => ids.reduce((n, id) => n + performance.getEntriesByName(`planpath:fast:${id}`).length, 0);
      const lo = Number(input.min), hi = Number(input.max);
      input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      for (let i = 0; i < rounds + 10; i++) {
        const before = ids.map((id) => scheduled()[id] ?? 0);
        const fastBefore = fastDraws();
        const t0 = performance.now();
        setValue.call(input, String(lo + ((hi - lo) * (0.2 + (i % 20) * 0.02))));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // React may flush the update in a microtask: wait until the commit has started the draws
        // (all in one commit), then until every started draw is complete.
        let started = before;
        let spins = 0;
        for (;;) {
          started = ids.map((id) => scheduled()[id] ?? 0);
          if (started.some((v, j) => v > before[j]) && ids.every((id, j) => (draws()[id] ?? 0) >= started[j])) break;
          if (performance.now() - t0 > 10_000) throw new Error(`no workspace chart in view was redrawn within 10 s of a lever input (${slider})`);
          if (spins++ < 500) await Promise.resolve();
          else await new Promise((r) => setTimeout(r, 0));
        }
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const t2 = performance.now();
        if (i >= 10) {
          redraw.push(t1 - t0);
          frame.push(t2 - t0);
          charts.push(ids.filter((_, j) => started[j] > before[j]).length);
          fast.push(fastDraws() - fastBefore);
        }
        // A drag delivers about 60 input events a second.
        await new Promise((r) => setTimeout(r, 16));
      }
      input.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return { redraw, frame, charts, fast };
    },
    { rounds, slider, ids: WORKSPACE_CHARTS },
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

/** Language switch -> the workspace charts in view redrawn (every figure changes: a full replot of each). */
export async function languageSweep(page: Page, rounds: number): Promise<number[]> {
  await page.click('[data-testid="tab-workspace"]');
  await page.waitForSelector('[data-testid="chart-gdp"] .main-svg');
  return page.evaluate(
    async ({ rounds, ids }) => {
      const w = window as unknown as { __planpathDraws?: Record<string, number>; __planpathScheduled?: Record<string, number> };
      const button = document.querySelector('[data-testid="lang-toggle"]') as HTMLButtonElement;
      const out: number[] = [];
      for (let i = 0; i < rounds + 2; i++) {
        const before = ids.map((id) => w.__planpathScheduled?.[id] ?? 0);
        const t0 = performance.now();
        button.click();
        for (let spins = 0; ; spins++) {
          const started = ids.map((id) => w.__planpathScheduled?.[id] ?? 0);
          // The charts in view are redrawn (the ones out of view wait until they are scrolled to: ui/charts/plot.tsx).
          if (started.some((v, j) => v > before[j]) && ids.every((id, j) => (w.__planpathDraws?.[id] ?? 0) >= started[j])) break;
          if (spins < 500) await Promise.resolve();
          else await new Promise((r) => setTimeout(r, 0));
        }
        if (i >= 2) out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 50));
      }
      return out;
    },
    { rounds, ids: WORKSPACE_CHARTS },
  );
}

/** Scenario switch (picker) -> the workspace charts in view redrawn with new data (no config change). */
export async function scenarioSwitchSweep(page: Page, rounds: number): Promise<number[]> {
  await page.click('[data-testid="tab-workspace"]');
  await page.waitForSelector('[data-testid="chart-gdp"] .main-svg');
  return page.evaluate(
    async ({ rounds, ids }) => {
      const w = window as unknown as { __planpathDraws?: Record<string, number>; __planpathScheduled?: Record<string, number> };
      const picker = document.querySelector('[data-testid="scenario-picker"]') as HTMLSelectElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
      const out: number[] = [];
      for (let i = 0; i < rounds + 2; i++) {
        const before = ids.map((id) => w.__planpathScheduled?.[id] ?? 0);
        const t0 = performance.now();
        setValue.call(picker, i % 2 === 0 ? 'historical-trend' : 'plan-target');
        picker.dispatchEvent(new Event('change', { bubbles: true }));
        for (let spins = 0; ; spins++) {
          const started = ids.map((id) => w.__planpathScheduled?.[id] ?? 0);
          // The charts in view are redrawn (the ones out of view wait until they are scrolled to: ui/charts/plot.tsx).
          if (started.some((v, j) => v > before[j]) && ids.every((id, j) => (w.__planpathDraws?.[id] ?? 0) >= started[j])) break;
          if (spins < 500) await Promise.resolve();
          else await new Promise((r) => setTimeout(r, 0));
        }
        if (i >= 2) out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 30));
      }
      return out;
    },
    { rounds, ids: WORKSPACE_CHARTS },
  );
}

/**
 * The uncertainty view open during a drag: lever input -> the next frame, which shows the fan charts
 * and probabilities dimmed as stale (they are recomputed on release) and the headline strip updated.
 * The first 5 inputs are warm-up.
 */
export async function uncertaintyInputSweep(page: Page, rounds: number): Promise<number[]> {
  return page.evaluate(
    async ({ rounds, slider }) => {
      const input = document.querySelector(slider) as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const out: number[] = [];
      input.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      for (let i = 0; i < rounds + 5; i++) {
        const t0 = performance.now();
        setValue.call(input, String(12 + (i % 20) * 0.5 + 0.25));
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        const stale = document.querySelector('[data-testid="mc-result"]')?.getAttribute('data-stale') === 'true';
        if (!stale) throw new Error('the uncertainty result is not marked stale during a drag');
        if (i >= 5) out.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 16));
      }
      input.dispatchEvent(new PointerEvent('pointerup', { bubbles: true }));
      return out;
    },
    { rounds, slider: SLIDER },
  );
}
