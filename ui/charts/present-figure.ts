/**
 * How a figure is shown in the room: chart text at 16 px in the presenter view, and a y axis whose
 * range is set from the data (with a little headroom) so it can be held still while a lever is
 * dragged: the room sees the line move, not the axis. Figures with their own fixed range, a category
 * axis or non-numeric values are left to Plotly.
 */
import type { Figure } from './figure';

/** Chart text size in the presenter view, px. */
export const PRESENTER_FONT_PX = 16;
/** Smallest chart height in the presenter view, px (room for the plot under a 16 px legend). */
export const PRESENTER_MIN_HEIGHT_PX = 440;

type AnyTrace = { y?: unknown; x?: unknown; orientation?: string; type?: string };

/** The range [low, high] that shows every y value of the figure (from 0 when the axis says `tozero`), or null when Plotly should decide. */
export function yExtent(f: Figure): [number, number] | null {
  const axis = (f.layout.yaxis ?? {}) as { range?: unknown; type?: string; rangemode?: string };
  if (axis.range || (axis.type && axis.type !== 'linear' && axis.type !== '-')) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const d of f.data as AnyTrace[]) {
    if (d.orientation === 'h' || !Array.isArray(d.y)) return null;
    for (const v of d.y as unknown[]) {
      if (v === null || v === undefined) continue;
      if (typeof v !== 'number') return null;
      if (!Number.isFinite(v)) continue;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return null;
  if (axis.rangemode === 'tozero') {
    lo = Math.min(0, lo);
    hi = Math.max(0, hi);
  }
  const span = hi - lo || Math.abs(hi) || 1;
  return [lo < 0 || axis.rangemode !== 'tozero' ? lo - span * 0.05 : lo, hi + span * 0.08];
}

/** The figure with its y axis range fixed. */
export function withYRange(f: Figure, range: [number, number]): Figure {
  return { ...f, layout: { ...f.layout, yaxis: { ...(f.layout.yaxis ?? {}), range, autorange: false } } };
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
