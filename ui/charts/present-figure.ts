/**
 * How a figure is shown in the room: chart text at 16 px in the presenter view, and y axes whose
 * ranges are set from the data (with a little headroom; each axis of a chart with panels from its own
 * traces) so they can be held still while a lever is dragged: the room sees the line move, not the axis. Figures with their own fixed range, a category
 * axis or non-numeric values are left to Plotly.
 */
import type { Figure } from './figure';

/** Chart text size in the presenter view, px. */
export const PRESENTER_FONT_PX = 16;
/** Smallest chart height in the presenter view, px (room for the plot under a 16 px legend). */
export const PRESENTER_MIN_HEIGHT_PX = 440;

type AnyTrace = { y?: unknown; x?: unknown; orientation?: string; type?: string; yaxis?: string; stackgroup?: string };

/** The layout key of a trace's y axis: 'yaxis', 'yaxis2', ... */
const yAxisKey = (t: AnyTrace) => `yaxis${(t.yaxis ?? 'y').slice(1)}`;

/**
 * The range [low, high] of each y axis ('yaxis', 'yaxis2', ...) that shows every value drawn on it
 * (stacked areas and stacked bars at their stacked heights; from 0 when the axis says `tozero`), with a
 * little headroom. Axes with their own range, a non-linear type, horizontal traces or non-numeric values
 * are left out (Plotly decides them).
 */
export function yExtents(f: Figure): Record<string, [number, number]> {
  const layout = f.layout as Record<string, unknown> & { barmode?: string };
  const stackedBars = layout.barmode === 'stack' || layout.barmode === 'relative';
  const bounds = new Map<string, [number, number] | null>();
  /** Running stacked heights per stack (axis + group), by x value, positives and negatives apart. */
  const stacks = new Map<string, { up: Map<unknown, number>; down: Map<unknown, number> }>();
  const see = (key: string, v: number) => {
    const b = bounds.get(key);
    if (b === null) return;
    if (!b) bounds.set(key, [v, v]);
    else bounds.set(key, [Math.min(b[0], v), Math.max(b[1], v)]);
  };
  for (const d of f.data as AnyTrace[]) {
    const key = yAxisKey(d);
    if (bounds.get(key) === null) continue;
    if (d.orientation === 'h' || !Array.isArray(d.y) || (d.y as unknown[]).some((v) => v !== null && v !== undefined && typeof v !== 'number')) {
      bounds.set(key, null);
      continue;
    }
    const stackId = d.type === 'bar' ? (stackedBars ? `${key}:bars` : null) : d.stackgroup ? `${key}:${d.stackgroup}` : null;
    const stack = stackId ? (stacks.get(stackId) ?? stacks.set(stackId, { up: new Map(), down: new Map() }).get(stackId)!) : null;
    const x = Array.isArray(d.x) ? (d.x as unknown[]) : null;
    (d.y as (number | null | undefined)[]).forEach((v, i) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) return;
      if (!stack) return see(key, v);
      const side = v >= 0 ? stack.up : stack.down;
      const at = x ? x[i] : i;
      const h = (side.get(at) ?? 0) + v;
      side.set(at, h);
      see(key, h);
    });
  }
  const out: Record<string, [number, number]> = {};
  for (const [key, b] of bounds) {
    const axis = (layout[key] ?? {}) as { range?: unknown; type?: string; rangemode?: string };
    if (!b || axis.range || (axis.type && axis.type !== 'linear' && axis.type !== '-')) continue;
    let [lo, hi] = b;
    if (axis.rangemode === 'tozero') {
      lo = Math.min(0, lo);
      hi = Math.max(0, hi);
    }
    const span = hi - lo || Math.abs(hi) || 1;
    out[key] = [lo < 0 || axis.rangemode !== 'tozero' ? lo - span * 0.05 : lo, hi + span * 0.08];
  }
  return out;
}

/** The range of the figure's first y axis that shows every value on it (see yExtents), or null when Plotly should decide. */
export function yExtent(f: Figure): [number, number] | null {
  return yExtents(f).yaxis ?? null;
}

/** The figure with its y axis range fixed. */
export function withYRange(f: Figure, range: [number, number]): Figure {
  return withYRanges(f, { yaxis: range });
}

/** The figure with the ranges of the given y axes ('yaxis', 'yaxis2', ...) fixed. */
export function withYRanges(f: Figure, ranges: Record<string, [number, number]>): Figure {
  const layout = { ...f.layout } as Record<string, unknown>;
  for (const [key, range] of Object.entries(ranges)) layout[key] = { ...((layout[key] as object | undefined) ?? {}), range, autorange: false };
  return { ...f, layout: layout as Figure['layout'] };
}

/** The figure with every text at PRESENTER_FONT_PX or more. */
export function presenterFigure(f: Figure): Figure {
  const l = f.layout as Record<string, unknown> & { font?: object; legend?: { font?: object }; xaxis?: { title?: unknown; tickfont?: object }; yaxis?: { title?: unknown; tickfont?: object }; margin?: Record<string, number> };
  const title = (t: unknown) => (typeof t === 'object' && t !== null ? { ...t, font: { ...((t as { font?: object }).font ?? {}), size: PRESENTER_FONT_PX } } : t);
  const size = { size: PRESENTER_FONT_PX };
  return {
    ...f,
    layout: {
      ...l,
      height: Math.max((l.height as number | undefined) ?? 0, PRESENTER_MIN_HEIGHT_PX),
      font: { ...(l.font ?? {}), ...size },
      legend: { ...(l.legend ?? {}), font: { ...(l.legend?.font ?? {}), ...size } },
      hoverlabel: { font: size },
      margin: { ...(l.margin ?? {}), l: Math.max(l.margin?.l ?? 0, 80), b: Math.max(l.margin?.b ?? 0, 48) },
      xaxis: { ...(l.xaxis ?? {}), tickfont: { ...(l.xaxis?.tickfont ?? {}), ...size }, title: title(l.xaxis?.title) },
      yaxis: { ...(l.yaxis ?? {}), tickfont: { ...(l.yaxis?.tickfont ?? {}), ...size }, title: title(l.yaxis?.title) },
    } as Figure['layout'],
  };
}
