/**
 * A log of chart draws for the bench and the tests: a performance mark per draw and counters per
 * chart on `window.__planpathScheduled` / `window.__planpathDraws`. Costs a few microseconds per draw.
 */
declare global {
  interface Window {
    /** Completed draws per chart. */
    __planpathDraws?: Record<string, number>;
    /** Draws started per chart (a draw is complete when the two counts agree). */
    __planpathScheduled?: Record<string, number>;
  }
}

/** A draw of chart `id` has started. */
export function recordScheduled(id: string): void {
  const log = (window.__planpathScheduled ??= {});
  log[id] = (log[id] ?? 0) + 1;
}

/** A started (queued) draw of chart `id` was dropped: its chart left the page before drawing. */
export function cancelScheduled(id: string): void {
  const log = (window.__planpathScheduled ??= {});
  log[id] = Math.max(0, (log[id] ?? 0) - 1);
}

/** The synchronous part of a Plotly.react call (for a data change, the whole redraw), as a measure. */
export function recordSyncDraw(id: string, start: number): void {
  performance.measure(`planpath:react:${id}`, { start, end: performance.now() });
}

/** A held lever's redraw done by the fast draw (fast-draw.ts) instead of Plotly, as a measure. */
export function recordFastDraw(id: string, start: number): void {
  performance.measure(`planpath:fast:${id}`, { start, end: performance.now() });
}

export function recordDraw(id: string): void {
  const log = (window.__planpathDraws ??= {});
  log[id] = (log[id] ?? 0) + 1;
  performance.mark(`planpath:draw:${id}`);
  if (log[id] === 1 && !performance.getEntriesByName('planpath:first-chart').length) performance.mark('planpath:first-chart');
}
