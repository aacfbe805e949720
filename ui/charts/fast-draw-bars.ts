/**
 * A vertical bar's path as Plotly draws it (plotly.js 4, traces/bar/plot.js), for the fast draw of a
 * held lever (fast-draw.ts): 'M' + x0 + ',' + y0 + 'V' + y1 + 'H' + x1 + 'V' + y0 + 'Z', with y0 at the
 * bar's base and y1 at its top, both snapped to pixels as Plotly does. A held lever changes a bar's
 * height only, so x0 and x1 are kept from the drawn path.
 */
import type { FullLayout, FullTrace } from './fast-draw';

/** How Plotly snaps a bar's edges to pixels (its `fixpx`). */
export interface BarRounding {
  /** Bars with transparency or an outline are rounded (roundWithLine); opaque ones without are expanded to stay visible. */
  roundOnly: boolean;
  /** Half the outline width's fraction, subtracted after rounding to whole pixels. */
  offset: number;
  /** Whole-pixel rounding applies only without gaps between bars. */
  gapless: boolean;
  staticPlot: boolean;
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The opacity of a CSS colour Plotly accepts, for the forms charts here use; null for anything else. */
export function colorOpacity(c: unknown): number | null {
  if (typeof c !== 'string') return null;
  if (/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(c) || /^rgb\(/i.test(c)) return 1;
  const m = /^rgba\(\s*[^,]+,[^,]+,[^,]+,\s*([0-9.]+)\s*\)$/i.exec(c);
  return m ? Number(m[1]) : null;
}

/** The trace's pixel snapping, or null when its colour or outline width vary per bar (then Plotly draws it). */
export function barPixelRounding(t: FullTrace, fl: FullLayout, staticPlot: boolean): BarRounding | null {
  const op = colorOpacity(t.marker?.color);
  const lw = t.marker?.line?.width ?? 0;
  if (op === null || typeof lw !== 'number') return null;
  return { roundOnly: op < 1 || lw > 0.01, offset: round2((lw / 2) % 1), gapless: fl.bargap === 0 && fl.bargroupgap === 0, staticPlot };
}

/** x0 and x1 of a drawn bar path, as written (so they are written back exactly), or null. */
export function parseBarPath(d: string | null): { x0: string; x1: string } | null {
  const m = d ? /^M([^,]+),[^V]+V[^H]+H([^V]+)V[^Z]+Z$/.exec(d) : null;
  return m ? { x0: m[1], x1: m[2] } : null;
}

/** The path of a bar whose base and top are at pixel rows `y0` and `y1` (finite, unsnapped; an empty bar is drawn at its base, as y1 = y0 already). */
export function barPath(x: { x0: string; x1: string }, y0: number, y1: number, r: BarRounding): string {
  const roundWithLine = (v: number) => (r.gapless ? round2(Math.round(v) - r.offset) : v);
  const expandToVisible = (v: number, vc: number) => (v === vc ? v : Math.abs(v - vc) >= 2 ? roundWithLine(v) : v > vc ? Math.ceil(v) : Math.floor(v));
  const fix = (v: number, vc: number) => (r.roundOnly ? roundWithLine(v) : expandToVisible(v, vc));
  if (!r.staticPlot) {
    y0 = fix(y0, y1);
    y1 = fix(y1, y0);
  }
  return 'M' + x.x0 + ',' + y0 + 'V' + y1 + 'H' + x.x1 + 'V' + y0 + 'Z';
}
