/**
 * A 30-line wrapper around Plotly.react / Plotly.purge (instead of react-plotly.js, which pulls the
 * full plotly.js). It redraws synchronously in a layout effect when `data` or `layout` change, and
 * records a performance mark per draw (`planpath:draw:<id>`) for the bench.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import Plotly, { type Config, type Data, type Layout } from './plotly';
import { recordDraw, recordScheduled, recordSyncDraw } from './draw-log';

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

const CONFIG: Partial<Config> = { displayModeBar: false, responsive: true, displaylogo: false };

export function Plot({ id, data, layout, label, lang, height = 300 }: PlotProps) {
  const ref = useRef<HTMLDivElement>(null);
  // The config goes with the first draw and when the language changes only: passing it on every
  // draw makes plotly rebuild its context each time.
  const configuredFor = useRef<string | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const config = configuredFor.current === lang ? undefined : { ...CONFIG, locale: lang === 'zh' ? 'zh-CN' : 'en' };
    configuredFor.current = lang;
    const t0 = performance.now();
    recordScheduled(id);
    const done = Plotly.react(el, data, { height, ...layout }, config);
    recordSyncDraw(id, t0);
    void done.then(() => recordDraw(id));
  }, [id, data, layout, height, lang]);
  useEffect(() => {
    const el = ref.current;
    return () => {
      if (el) Plotly.purge(el);
    };
  }, []);
  return <div ref={ref} className="plot" data-testid={id} role="img" aria-label={label} style={{ minHeight: height }} />;
}
