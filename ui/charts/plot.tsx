/**
 * A small wrapper around Plotly.react / Plotly.purge (instead of react-plotly.js, which pulls the
 * full plotly.js). It redraws in a layout effect when `data` or `layout` change, and records a
 * performance mark per draw (`planpath:draw:<id>`) for the bench.
 *
 * Why it is shaped this way (a lever drag redraws several charts 60 times a second):
 * - The plot's width is measured by a ResizeObserver and passed in the layout, so Plotly never sizes
 *   the plot itself: its autosize reads the computed style on every draw, which forces the browser
 *   to lay out the whole page once per chart (half the cost of a drag on a busy machine).
 * - Charts in view draw first, in the same task as the change; charts scrolled out of view draw
 *   in the following tasks (draw-queue.ts), so a view's first chart is not held up by the ones below
 *   the fold. While a lever is held, a chart out of view is not redrawn at all: it is drawn when it
 *   comes into view or when the lever is released.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import Plotly, { type Config, type Data, type Layout } from './plotly';
import { cancelScheduled, recordDraw, recordScheduled, recordSyncDraw } from './draw-log';
import { isDragging, onRelease } from '../mc/release';
import { observeVisibility } from './visibility';
import { shareArrays } from './share-arrays';
import { drawLater, placeFirstDraw } from './draw-queue';

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

  const draw = useRef(() => {
    const el = ref.current;
    const d = next.current;
    if (!el || !d) return;
    dirty.current = false;
    // A queued draw was counted as started when it was queued (so tests wait for it).
    if (queued.current) queued.current = false;
    else recordScheduled(id);
    const config = configuredFor.current === d.lang ? undefined : { ...CONFIG, locale: d.lang === 'zh' ? 'zh-CN' : 'en' };
    configuredFor.current = d.lang;
    const w = (width.current ??= Math.round(el.clientWidth));
    const sized = w > 0 ? { width: w, autosize: false } : {};
    const t0 = performance.now();
    // While a lever is held, a data-only change takes Plotly's transition path (duration 0): the
    // traces are redrawn in place, without rebuilding axes, legend and every layer of the chart.
    const quick = isDragging() ? { transition: { duration: 0 } } : {};
    const data = (drawnData.current = shareArrays(drawnData.current, d.data));
    const done = Plotly.react(el, data, { height: d.height, ...d.layout, ...sized, ...quick }, config);
    recordSyncDraw(id, t0);
    void done.then(() => recordDraw(id));
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
    dirty.current = true;
    const el = ref.current;
    if (!el || queued.current) return;
    if (configuredFor.current === null) {
      // First draw: at once when in view, after the charts in view otherwise.
      queued.current = true;
      recordScheduled(id);
      placeFirstDraw(el, (shown) => {
        visible.current = shown;
        drawQueued.current();
      });
    } else if (visible.current) draw.current();
    // Out of view: drawn after the charts in view; while a lever is held, when it comes into view or
    // the lever is released (it has been drawn before, so it is not blank meanwhile).
    else if (!isDragging()) queueDraw.current();
  }, [data, layout, height, lang]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const resize = new ResizeObserver((entries) => {
      const w = Math.round(entries[entries.length - 1].contentRect.width);
      if (w === width.current) return;
      width.current = w;
      if (configuredFor.current !== null) draw.current();
    });
    resize.observe(el);
    const unobserve = observeVisibility(el, (shown) => {
      visible.current = shown;
      if (shown && dirty.current) draw.current();
    });
    // After a release the charts that waited are drawn (after the visible ones and the Monte Carlo's start).
    const off = onRelease(() => {
      if (dirty.current) queueDraw.current();
    });
    return () => {
      resize.disconnect();
      unobserve();
      off();
      if (queued.current) {
        queued.current = false;
        cancelScheduled(id);
      }
      Plotly.purge(el);
    };
  }, []);
  return <div ref={ref} className="plot" data-testid={id} role="img" aria-label={label} style={{ minHeight: height }} />;
}
