/**
 * Helpers for driving the built app in a page: a clean start, reading chart data and the saved
 * state, switching tabs, and screenshots into artifacts/screenshots (with PLANPATH_SCREENSHOTS=1:
 * `npm run screenshots`).
 */
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SCREENSHOTS = fileURLToPath(new URL('../../../artifacts/screenshots/', import.meta.url));
mkdirSync(SCREENSHOTS, { recursive: true });

/** Deletes the app's saved work (IndexedDB and the old localStorage key) in the page's origin. */
export async function clearSaved(page: Page): Promise<void> {
  await page.evaluate(async () => {
    localStorage.clear();
    // The app's open connection closes itself when a deletion waits for it (idb's `blocking`).
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('planpath');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error);
    });
  });
}

/**
 * Deletes the saved work and, when given, puts an old-style (localStorage) saved state in its place,
 * without starting the app: on a page of the app's origin that is not the app (the test server's
 * "not found" page), so the app starts once, afterwards, instead of twice (start-up is the costliest
 * step of most tests). The next `page.goto(url)` opens the app on that state.
 */
export async function resetSaved(page: Page, url: string, legacyText?: string): Promise<void> {
  await page.goto(`${url}__not-the-app`);
  await clearSaved(page);
  if (legacyText !== undefined) await page.evaluate((t) => localStorage.setItem('planpath.state.v1', t), legacyText);
}

/** Opens the app with no saved work (first visit) in `lang` and waits for the GDP chart. */
export async function freshStart(page: Page, url: string, lang: 'en' | 'zh' = 'en'): Promise<void> {
  // In front: Chromium gives a page behind another no animation frames, and actions wait for frames
  // (a click waits until the target is stable over two frames). The browser is shared by the files of
  // a test worker, so another file's or test's page may be in front.
  await page.bringToFront();
  // The language of a first visit comes from the browser; an old-style saved state sets it (and is migrated).
  await resetSaved(page, url, JSON.stringify({ lang }));
  await page.goto(url);
  await waitForChart(page, 'chart-gdp');
}

/**
 * Switches the running app to `lang` with the header's language button (a no-op when it is on `lang`
 * already) and waits until the page says so (html lang): cheaper than a fresh start in that language.
 */
export async function switchLanguage(page: Page, lang: 'en' | 'zh'): Promise<void> {
  const want = lang === 'zh' ? 'zh-CN' : 'en';
  if ((await page.getAttribute('html', 'lang')) === want) return;
  await page.click('[data-testid="lang-toggle"]');
  await page.waitForFunction((l) => document.documentElement.lang === l, want);
}

/**
 * Waits until the page has laid out after a change (two animation frames: resize observers have run)
 * and every chart draw started so far has completed. Replaces fixed sleeps before screenshots.
 */
export async function chartsSettled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForFunction(() => {
    const started = window.__planpathScheduled ?? {};
    const done = window.__planpathDraws ?? {};
    return Object.keys(started).every((id) => (done[id] ?? 0) >= started[id]);
  }, undefined, { timeout: 20_000 });
}

/**
 * The screen sizes of a screenshot sweep with the page's current size first: a sweep that follows another
 * starts where the last one ended, one resize (and redraw of every chart) fewer. The shots are the same.
 * Without screenshots (SAVE_SCREENSHOTS off) only the first of them: the sweeps' other sizes exist for
 * the pictures (no check runs inside a sweep), and each resize redraws every chart.
 */
export function currentSizeFirst<T extends readonly [number, number]>(page: Page, sizes: readonly T[]): T[] {
  const now = page.viewportSize();
  const i = sizes.findIndex(([w, h]) => now?.width === w && now?.height === h);
  const ordered = i <= 0 ? [...sizes] : [sizes[i], ...sizes.filter((_, k) => k !== i)];
  return SAVE_SCREENSHOTS ? ordered : ordered.slice(0, 1);
}

/**
 * The screen sizes of a screenshot sweep that ends by restoring the page's size: with screenshots, every size
 * (current first, as currentSizeFirst); without, only the page's current size (no resize: no check runs in
 * the sweep, and each resize and the restoring one redraw every chart).
 */
export function sizesOrCurrent<T extends readonly [number, number]>(page: Page, sizes: readonly T[]): (readonly [number, number])[] {
  if (SAVE_SCREENSHOTS) return currentSizeFirst(page, sizes);
  const now = page.viewportSize();
  return now ? [[now.width, now.height]] : currentSizeFirst(page, sizes);
}

/** Sets a range input to `value` with an input event, as a drag does (React sees it through the native setter). */
export function setSlider(page: Page, selector: string, value: number): Promise<void> {
  return page.evaluate(
    ([sel, v]) => {
      const input = document.querySelector(sel as string) as HTMLInputElement;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(v));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    },
    [selector, value] as const,
  );
}

/** Inputs, selects, buttons and text areas without an accessible name (outerHTML excerpts); empty when all are labelled. */
export function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('input, select, button, textarea')]
      .filter((el) => {
        const e = el as HTMLInputElement;
        return !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.labels?.length || e.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}

/**
 * Brings a chart into view, as a reader scrolls to it (a chart out of view is not drawn: ui/charts/plot.tsx),
 * and waits until it shows its current figure: its SVG exists and no draw is pending (`data-pending-draw`).
 */
export async function waitForChart(page: Page, id: string): Promise<void> {
  await page.locator(`[data-testid="${id}"]`).scrollIntoViewIfNeeded({ timeout: 20_000 });
  await page.waitForSelector(`[data-testid="${id}"]:not([data-pending-draw]) .main-svg`, { timeout: 20_000 });
}

/** The y values of a chart's trace, as drawn (the chart brought into view and drawn first: waitForChart). */
export async function chartY(page: Page, id: string, trace = 0): Promise<number[]> {
  await waitForChart(page, id);
  return page.evaluate(
    ([chartId, k]) => {
      const el = document.querySelector(`[data-testid="${chartId}"]`) as (HTMLElement & { data?: { y: number[] }[] }) | null;
      return Array.from(el?.data?.[k as number]?.y ?? []);
    },
    [id, trace] as const,
  );
}

/** The traces of a chart (their names), as drawn (the chart brought into view and drawn first: waitForChart). */
export async function chartTraces(page: Page, id: string): Promise<{ name?: string }[]> {
  await waitForChart(page, id);
  return page.evaluate((chartId) => {
    const el = document.querySelector(`[data-testid="${chartId}"]`) as (HTMLElement & { data?: { name?: string }[] }) | null;
    return (el?.data ?? []).map((d) => ({ name: d.name }));
  }, id);
}

/**
 * The saved app state as the app wrote it to IndexedDB (after the autosave has settled): the
 * preferences with the user scenarios (one record each) and the items kept aside.
 */
export async function savedState(page: Page): Promise<{ openId: string; userScenarios: { id: string; name: { zh: string; en: string }; extends?: string }[]; lang: string; setAside: { label: string; text: string }[] }> {
  await page.waitForFunction(() => document.documentElement.dataset.autosave !== 'busy');
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('planpath');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (store: string, keys = false) =>
      new Promise<unknown[]>((resolve, reject) => {
        const os = db.transaction(store, 'readonly').objectStore(store);
        const request = keys ? os.getAllKeys() : os.getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    const [scenarios, setAside, metaKeys, metaValues] = await Promise.all([all('scenarios'), all('setAside'), all('meta', true), all('meta')]);
    db.close();
    const prefs = (metaValues[metaKeys.indexOf('prefs')] ?? {}) as Record<string, unknown>;
    // Records come back in key order; the app lists them in creation order, which tests do not rely on.
    return { ...prefs, userScenarios: scenarios, setAside } as never;
  });
}

export async function openTab(page: Page, tab: string): Promise<void> {
  await page.click(`[data-testid="tab-${tab}"]`);
  await page.waitForSelector(`[data-testid="panel-${tab}"]`);
}

/** Waits for the Monte Carlo of the Uncertainty view to deliver a result. */
export async function waitForMonteCarlo(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="mc-status"][data-state="done"]', { timeout: 30_000 });
  await waitForChart(page, 'chart-fan-gdp');
}

/**
 * Whether the browser tests save their screenshots: on request (`npm run screenshots`, which sets
 * PLANPATH_SCREENSHOTS=1), for people to look at. No test checks a picture (the views' layout, text and
 * charts are asserted on the page itself), and the 117 captures cost about 30 CPU-seconds of every
 * `npm test` on 2 cores; the tests run the same steps either way.
 */
export const SAVE_SCREENSHOTS = process.env.PLANPATH_SCREENSHOTS === '1';

/** Saves artifacts/screenshots/<name>.png when SAVE_SCREENSHOTS: the viewport, or with `fullPage` the whole scrolled page. */
export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  if (!SAVE_SCREENSHOTS) {
    // Without the capture, still let the page draw what a screenshot would have shown before the test
    // moves on (a capture waits for a new frame; two resizes in a row with no frame between once left a
    // page drawing no more frames in a loaded clean-clone run).
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    return;
  }
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: options.fullPage ?? false });
}
