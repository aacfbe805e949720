/**
 * When charts draw: the ones in view at once; a chart out of view waits until it comes into view
 * (plot.tsx, visibility.ts). Draws that wait for a lever's release run one per task (drawLater), so
 * the page stays responsive while they are drawn.
 *
 * First draws of a commit are collected and placed in one pass (one layout read for all of them)
 * in a microtask, which still runs before the browser paints.
 */

/** Margin around the viewport that still counts as in view, px (matches visibility.ts). */
const MARGIN_PX = 200;

const later: (() => void)[] = [];
let laterScheduled = false;

function runOneLater(): void {
  const fn = later.shift();
  fn?.();
  if (later.length) setTimeout(runOneLater, 0);
  else laterScheduled = false;
}

/** Runs `fn` in a later task, after the draws queued before it (one draw per task). */
export function drawLater(fn: () => void): void {
  later.push(fn);
  if (!laterScheduled) {
    laterScheduled = true;
    setTimeout(runOneLater, 0);
  }
}

/** Whether a box lies in (or within MARGIN_PX of) the viewport; an element not laid out (no size) counts as in view. */
export function inView(r: DOMRectReadOnly): boolean {
  if (r.width === 0 && r.height === 0) return true;
  return r.bottom > -MARGIN_PX && r.top < window.innerHeight + MARGIN_PX && r.right > 0 && r.left < window.innerWidth;
}

const first: { el: Element; draw: (shown: boolean) => void }[] = [];

/** A chart's first draw: `draw(true)` for a chart in view, `draw(false)` for the others (it waits to come into view). */
export function placeFirstDraw(el: Element, draw: (shown: boolean) => void): void {
  first.push({ el, draw });
  if (first.length > 1) return;
  queueMicrotask(() => {
    const items = first.splice(0);
    const shown = items.map((i) => inView(i.el.getBoundingClientRect()));
    items.forEach((item, k) => item.draw(shown[k]));
  });
}
