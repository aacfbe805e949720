/**
 * A small wrapper around Plotly.react / Plotly.purge (instead of react-plotly.js, which pulls the
 * full plotly.js). It redraws in a layout effect when `data` or `layout` change, and records a
 * performance mark per draw (`planpath:draw:<id>`) for the bench.
 *
 * Why it is shaped this way (a lever drag redraws several charts 60 times a second):
 * - The plot's width is measured by a ResizeObserver and passed in the layout, so Plotly never sizes
 *   the plot itself: its autosize reads the computed style on every draw, which forces the browser
 *   to lay out the whole page once per chart (half the cost of a drag on a busy machine).
 * - Only charts in view (or within 200 px of it) draw, in the same task as the change. A chart out of
 *   view keeps its last picture and is drawn, with the figure as it is then, when it comes into view
 *   (visibility.ts) or before the page is printed: a view's first charts are not held up by the ones
 *   below the fold, and a change redraws only what can be seen (the workspace has eleven charts; a
 *   lever change, a language switch or a new scenario redrew all of them, at 40-100 ms each). Until it
 *   is drawn, a changed chart carries `data-pending-draw`.
 * - While a lever is held the axes are frozen, so a change of y values alone is drawn by rewriting the
 *   moved SVG paths (fast-draw.ts, a fraction of a millisecond per chart) instead of Plotly's defaults,
 *   calc and layout passes. Anything else (traces added, a layout, size or language change, a chart the
 *   fast draw does not know) takes Plotly.react, and so does the first draw after the release, so the
 *   final picture is Plotly's own.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import Plotly, { type Config, type Data, type Layout } from './plotly';
import { cancelScheduled, recordDraw, recordFastDraw, recordScheduled, recordSyncDraw } from './draw-log';
import { isDragging, onRelease } from '../mc/release';
import { observeVisibility } from './visibility';
import { shareArrays } from './share-arrays';
import { drawLater, placeFirstDraw } from './draw-queue';
import { fastDraw } from './fast-draw';
import { yOnlyChanges } from './same-figure';

export interface PlotProps {
  /** Stable id, also the `data-testid` of the plot element (e.g. `chart-gdp`). */
  id: string;
  data: Data[];
  layout: Partial<Layout>;
  /** Text alternative of the chart (a summary of what it shows). */
  label: string;
  lang: 'zh' | 'en';
  height?: number;
}

const CONFIG: Partial<Config> = { displayModeBar: false, displaylogo: false };

interface Drawn {
  data: Data[];
  layout: Partial<Layout>;
  height: number;
  lang: 'zh' | 'en';
}

/** What Plotly itself last drew (the fast draw changes only y values on top of it). */
interface Plotted {
  /** The layout as given, in JSON (Plotly writes into the layout objects it is given, e.g. an axis' type). */
  layout: string;
  height: number;
  lang: 'zh' | 'en';
  width: number | null;
}

export function Plot({ id, data, layout, label, lang, height = 300 }: PlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The config goes with the first draw and when the language changes only: passing it on every
  // draw makes plotly rebuild its context each time.
  const configuredFor = useRef<string | null>(null);
  /** The plot's width in px (null until measured; 0 while hidden, when Plotly sizes it). */
  const width = useRef<number | null>(null);
  const visible = useRef(true);
  /** What the next draw shows; `dirty` when it has not been drawn yet (deferred during a drag). */
  const next = useRef<Drawn | null>(null);
  const dirty = useRef(false);
  /** A draw is waiting in the draw queue (draw-queue.ts). */
  const queued = useRef(false);
  /** The traces last given to Plotly (unchanged arrays are shared with them). */
  const drawnData = useRef<Data[] | null>(null);
  const plotted = useRef<Plotted | null>(null);
  /** Plotly draws not yet complete (the fast draw waits for them: Plotly may still write the SVG). */
  const inFlight = useRef(0);
  /** Traces redrawn by the fast draw since Plotly last drew them (Plotly redraws them next time). */
  const fastDrawn = useRef(new Set<number>());

  /** A held lever's change of y values only, drawn in place on Plotly's SVG; false when Plotly must draw. */
  const drawFast = (el: HTMLElement, d: Drawn, w: number | null): boolean => {
    const p = plotted.current;
    if (!isDragging() || inFlight.current > 0 || !p || !drawnData.current || p.lang !== d.lang || p.height !== d.height || p.width !== w) return false;
    if (p.layout !== JSON.stringify(d.layout)) return false;
    const changed = yOnlyChanges(drawnData.current, d.data);
    if (!changed || !fastDraw(el, d.data, new Set([...changed, ...fastDrawn.current]))) return false;
    for (const i of changed) fastDrawn.current.add(i);
    return true;
  };

  /** The chart's figure changed since it was drawn (`data-pending-draw` on the element until it is). */
  const markDirty = useRef(() => {
    dirty.current = true;
    if (ref.current) ref.current.dataset.pendingDraw = '';
  });

  const draw = useRef(() => {
    const el = ref.current;
    const d = next.current;
    if (!el || !d) return;
    dirty.current = false;
    delete el.dataset.pendingDraw;
    // A queued draw was counted as started when it was queued (so tests wait for it).
    if (queued.current) queued.current = false;
    else recordScheduled(id);
    const w = (width.current ??= Math.round(el.clientWidth));
    const t0 = performance.now();
    if (configuredFor.current === d.lang && drawFast(el, d, w)) {
      recordFastDraw(id, t0);
      recordDraw(id);
      return;
    }
    const config = configuredFor.current === d.lang ? undefined : { ...CONFIG, locale: d.lang === 'zh' ? 'zh-CN' : 'en' };
    configuredFor.current = d.lang;
    const sized = w > 0 ? { width: w, autosize: false } : {};
    // While a lever is held, a data-only change the fast draw cannot do takes Plotly's transition path
    // (duration 0): the traces are redrawn in place, without rebuilding axes, legend and every layer of
    // the chart. Not when traces come or go (the baseline's lines appearing): that path leaves the
    // legend's new rows over the x axis' labels until the release.
    const quick = isDragging() && drawnData.current?.length === d.data.length ? { transition: { duration: 0 } } : {};
    let data = shareArrays(drawnData.current, d.data);
    if (fastDrawn.current.size) {
      // Traces the fast draw changed get new arrays, so that Plotly redraws them even where the values
      // are back at what it last drew.
      const fast = fastDrawn.current;
      data = data.map((t, i) => (fast.has(i) && Array.isArray((t as { y?: unknown }).y) ? ({ ...t, y: [...(t as { y: unknown[] }).y] } as Data) : t));
      fast.clear();
    }
    drawnData.current = data;
    plotted.current = { layout: JSON.stringify(d.layout), height: d.height, lang: d.lang, width: w };
    inFlight.current++;
    const done = Plotly.react(el, data, { height: d.height, ...d.layout, ...sized, ...quick }, config);
    recordSyncDraw(id, t0);
    void done.then(
      () => {
        inFlight.current--;
        recordDraw(id);
      },
      () => inFlight.current--,
    );
  });

  /** Draws what waited in the queue, unless drawn meanwhile. */
  const drawQueued = useRef(() => {
    if (queued.current) draw.current();
  });
  const queueDraw = useRef(() => {
    if (queued.current) return;
    queued.current = true;
    recordScheduled(id);
    drawLater(drawQueued.current);
  });

  useLayoutEffect(() => {
    next.current = { data, layout, height, lang };
    markDirty.current();
    const el = ref.current;
    if (!el || queued.current) return;
    if (configuredFor.current === null) {
      // First draw: at once when in view (all first draws of a commit measured in one layout read);
      // out of view, when it comes into view.
      queued.current = true;
      recordScheduled(id);
      placeFirstDraw(el, (shown) => {
        visible.current = shown;
        if (shown) drawQueued.current();
        else if (queued.current) {
          queued.current = false;
          cancelScheduled(id);
        }
      });
    } else if (visible.current) draw.current();
    // Out of view: drawn when it comes into view (it has been drawn before, so it is not blank meanwhile).
  }, [data, layout, height, lang]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[entries.length - 1].contentRect.width);
      if (w === width.current) return;
      width.current = w;
      if (configuredFor.current === null) return;
      if (visible.current) draw.current();
      else markDirty.current();
    });
    resize.observe(el);
    const unobserve = observeVisibility(el, (shown) => {
      visible.current = shown;
      if (shown && dirty.current) draw.current();
    });
    // After a release the charts in view that waited are drawn (after the Monte Carlo's start). A chart
    // changed by the fast draw is drawn again by Plotly after the release (with the axis rescaled, when
    // the release's rescale commits before the queued draw runs, as it does), or when it comes back into
    // view if it was scrolled out meanwhile.
    const off = onRelease(() => {
      if (fastDrawn.current.size) markDirty.current();
      if (dirty.current && visible.current) queueDraw.current();
    });
    // Printing shows every chart of the page: the ones out of view that wait are drawn first.
    const print = () => {
      if (dirty.current && !visible.current) draw.current();
    };
    window.addEventListener('beforeprint', print);
    return () => {
      resize.disconnect();
      unobserve();
      off();
      window.removeEventListener('beforeprint', print);
      if (queued.current) {
        queued.current = false;
        cancelScheduled(id);
      }
      Plotly.purge(el);
    };
  }, []);
  return <div ref={ref} className="plot" data-testid={id} role="img" aria-label={label} style={{ minHeight: height }} />;
}
