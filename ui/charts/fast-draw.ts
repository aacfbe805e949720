/**
 * The fast draw of a held lever. While a lever is held the charts' axis ranges are frozen
 * (use-presented-figure.ts), so each chart's data -> pixel mapping is fixed: the lines that move can be
 * redrawn by rewriting the `d` attribute of their SVG paths (and the fills of stacked areas, the
 * markers' positions and the heights of bars) from the new values, without Plotly's defaults pass,
 * calc and layout, which cost a few milliseconds per chart.
 *
 * Geometry as Plotly draws it (plotly.js 4, traces/scatter/plot.js and traces/bar/plot.js): line
 * points from Plotly's own `linePoints` (same simplification and clipping) over the axes' frozen
 * range and plot-area length (pixel-map.ts); a line is 'M' + points.join('L'); a fill to zero is
 * 'M' + last@0 + 'L' + first@0 + 'L' + line; a fill to the previous trace is line + 'L' + previous
 * line reversed + 'Z'; a marker is translate(x,y); a bar is 'M x0,y0 V y1 H x1 V y0 Z' with x0, x1
 * kept from the drawn bar.
 *
 * Only what it knows is drawn this way: linear axes with a fixed y range, linear lines without gaps,
 * stacked areas, vertical bars without rounded corners. For anything else `fastDraw` returns false,
 * changes nothing, and the caller draws with Plotly (as it does on every release).
 */
import linePoints from 'plotly.js/src/traces/scatter/line_points';
import type { Data } from './plotly';
import { pixelMap, type PixelMap } from './pixel-map';
import { barPath, barPixelRounding, parseBarPath } from './fast-draw-bars';

interface D3Selection {
  node(): Element | null;
}
interface FullAxis {
  _id: string;
  type: string;
  range: unknown[];
  _length: number;
  autorange: unknown;
  _rangebreaks?: unknown[];
}
export interface FullTrace {
  index: number;
  type: string;
  visible: unknown;
  mode?: string;
  xaxis: string;
  yaxis: string;
  fill?: string;
  stackgroup?: string;
  orientation?: string;
  connectgaps?: boolean;
  base?: unknown;
  line?: { shape?: string; width?: number; simplify?: boolean; backoff?: unknown };
  marker?: { maxdisplayed?: number; color?: unknown; line?: { width?: unknown }; cornerradius?: unknown };
  error_x?: { visible?: boolean };
  error_y?: { visible?: boolean };
  _needsCull?: boolean;
  _prevtrace?: FullTrace | null;
  _ownFill?: D3Selection | null;
  _nextFill?: D3Selection | null;
}
export interface FullLayout {
  [axis: string]: unknown;
  barmode?: string;
  bargap?: number;
  bargroupgap?: number;
  _plots?: Record<string, { _hasClipOnAxisFalse?: boolean }>;
  _scatterStackOpts?: Record<string, Record<string, { groupnorm?: string }>>;
}
interface PlotDiv extends HTMLElement {
  _fullLayout?: FullLayout;
  _fullData?: FullTrace[];
  calcdata?: { node3?: D3Selection }[][];
  _context?: { staticPlot?: boolean };
}

/** An attribute write, applied only once every changed trace has been computed. */
type Write = [Element, string, string];

interface Axes {
  x: PixelMap;
  y: PixelMap;
  xLength: number;
  yLength: number;
}

const axisKey = (id: string) => `${id.charAt(0)}axis${id.slice(1)}`;

function linearAxis(a: unknown): a is FullAxis & { range: [number, number] } {
  const ax = a as FullAxis | undefined;
  return !!ax && ax.type === 'linear' && !ax._rangebreaks?.length && ax._length > 0 && ax.range.length === 2 && ax.range.every((v) => typeof v === 'number' && Number.isFinite(v)) && ax.range[0] !== ax.range[1];
}

/** The trace's axes, when the y range is fixed (x values never change in a fast draw, so neither does an autoranged x). */
function axesOf(fl: FullLayout, t: FullTrace): Axes | null {
  const xa = fl[axisKey(t.xaxis)];
  const ya = fl[axisKey(t.yaxis)];
  if (!linearAxis(xa) || !linearAxis(ya) || ya.autorange !== false) return null;
  const subplot = fl._plots?.[xa._id + ya._id];
  if (!subplot || subplot._hasClipOnAxisFalse) return null;
  return { x: pixelMap({ range: xa.range, lengthPx: xa._length }, false), y: pixelMap({ range: ya.range, lengthPx: ya._length }, true), xLength: xa._length, yLength: ya._length };
}

const finiteNumbers = (v: unknown, n: number): v is number[] => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number' && Number.isFinite(x));

/** Traces drawn on top of each other: the whole stack is redrawn when one of them changes. */
function stackKey(fl: FullLayout, t: FullTrace): string | null {
  if (t.type === 'scatter' && t.stackgroup) return `s:${t.xaxis}${t.yaxis}:${t.stackgroup}`;
  if (t.type === 'bar' && (fl.barmode === 'stack' || fl.barmode === 'relative')) return `b:${t.xaxis}${t.yaxis}`;
  return null;
}

function sameNumbers(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, j) => Object.is(v, b[j]));
}

function stackOptions(fl: FullLayout, t: FullTrace): { groupnorm?: string } | undefined {
  const xa = fl[axisKey(t.xaxis)] as FullAxis | undefined;
  const ya = fl[axisKey(t.yaxis)] as FullAxis | undefined;
  return xa && ya && t.stackgroup ? fl._scatterStackOpts?.[xa._id + ya._id]?.[t.stackgroup] : undefined;
}

/** For each trace to draw (`todo`: every member of a stack it touches), its plotted values [base, top] (base 0 unless stacked); null when a value is not a finite number or the stack is not a plain one. */
function stackedValues(fl: FullLayout, fd: FullTrace[], next: readonly Data[], todo: number[]): Map<number, [number[], number[]]> | null {
  const out = new Map<number, [number[], number[]]>();
  const running = new Map<string, number[]>();
  const stackX = new Map<string, unknown>();
  for (const i of todo) {
    const key = stackKey(fl, fd[i]);
    const { x, y } = next[i] as { x?: unknown; y?: unknown };
    const n = Array.isArray(y) ? y.length : 0;
    if (!finiteNumbers(y, n) || n === 0) return null;
    if (key) {
      // A stack of traces over the same x values, stacked in trace order (Plotly's stacking, without gaps or normalisation).
      if (fd[i].visible !== true || (fd[i].type === 'scatter' && (fd[i].orientation === 'h' || stackOptions(fl, fd[i])?.groupnorm))) return null;
      if (!stackX.has(key)) stackX.set(key, x);
      else if (!sameNumbers(stackX.get(key), x)) return null;
    }
    const base = (key && running.get(key)) || new Array<number>(n).fill(0);
    if (base.length !== n) return null;
    if (fd[i].type === 'bar' && y.some((v) => v < 0)) return null;
    const top = key ? y.map((v, j) => base[j] + v) : y;
    if (key) running.set(key, top);
    out.set(i, [base, top]);
  }
  return out;
}

/**
 * Redraws traces `changed` (indices into `next`, the new traces) of the plot `el` in place. Returns
 * false, having changed nothing, when the plot cannot be drawn this way (then draw it with Plotly).
 */
export function fastDraw(el: HTMLElement, next: readonly Data[], changed: Iterable<number>): boolean {
  const gd = el as PlotDiv;
  const fl = gd._fullLayout;
  const fd = gd._fullData;
  const cd = gd.calcdata;
  if (!fl || !fd || !cd || fd.length !== next.length || cd.length !== next.length) return false;
  const keys = new Set<string>();
  const todoSet = new Set<number>();
  for (const i of changed) {
    if (!fd[i]) return false;
    todoSet.add(i);
    const key = stackKey(fl, fd[i]);
    if (key) keys.add(key);
  }
  fd.forEach((t, i) => {
    const key = stackKey(fl, t);
    if (key && keys.has(key)) todoSet.add(i);
  });
  const todo = [...todoSet].sort((a, b) => a - b);
  const values = stackedValues(fl, fd, next, todo);
  if (!values) return false;
  const writes: Write[] = [];
  /** Each drawn line's path reversed, for the fill of the trace stacked on it. */
  const reversed = new Map<number, string>();
  for (const i of todo) {
    const t = fd[i];
    const axes = axesOf(fl, t);
    const group = cd[i]?.[0]?.node3?.node();
    const x = (next[i] as { x?: unknown }).x;
    const [base, top] = values.get(i)!;
    if (t.visible !== true || !axes || !group || !finiteNumbers(x, top.length)) return false;
    const ok = t.type === 'scatter' ? scatterWrites(t, group, axes, x, top, reversed, writes) : t.type === 'bar' ? barWrites(gd, fl, t, group, axes, base, top, writes) : false;
    if (!ok) return false;
  }
  for (const [node, attr, value] of writes) node.setAttribute(attr, value);
  return true;
}

function scatterWrites(t: FullTrace, group: Element, axes: Axes, x: number[], y: number[], reversed: Map<number, string>, writes: Write[]): boolean {
  const mode = t.mode ?? '';
  const fill = t.fill ?? 'none';
  const hasLines = mode.includes('lines');
  if (mode.includes('text') || t.error_x?.visible || t.error_y?.visible || t.marker?.maxdisplayed || t._needsCull) return false;
  if (hasLines || fill !== 'none') {
    if ((t.line?.shape ?? 'linear') !== 'linear') return false;
    const axis = (map: PixelMap, length: number) => ({ type: 'linear', _length: length, _m: 1, c2p: map, l2p: map });
    const segments = linePoints(
      x.map((xv, j) => ({ x: xv, y: y[j] })),
      { xaxis: axis(axes.x, axes.xLength), yaxis: axis(axes.y, axes.yLength), trace: t, connectGaps: t.connectgaps, baseTolerance: Math.max(t.line?.width || 1, 3) / 4, shape: 'linear', backoff: t.line?.backoff, simplify: t.line?.simplify, fill },
    );
    if (segments.length !== 1 || segments[0].length === 0) return false;
    const pts = segments[0];
    const path = 'M' + pts.join('L');
    reversed.set(t.index, 'M' + [...pts].reverse().join('L'));
    if (hasLines) {
      const lines = group.querySelectorAll(':scope > g.lines > path.js-line');
      if (lines.length !== 1) return false;
      writes.push([lines[0], 'd', path]);
    }
    // A fill of its own (to zero, or to the next trace when there is none before it, as the first of a
    // stack) is drawn in the trace's group; a fill to the previous trace in that trace's group.
    const own = t._ownFill?.node();
    if (fill === 'none') {
      // no fill
    } else if (own && (fill === 'tozeroy' || (fill === 'tonexty' && !t._prevtrace))) {
      if (!own.isConnected || !group.contains(own)) return false;
      const zero = axes.y(0);
      writes.push([own, 'd', 'M' + [pts[pts.length - 1][0], zero] + 'L' + [pts[0][0], zero] + 'L' + path.slice(1)]);
    } else if (fill === 'tonexty' && t._prevtrace) {
      const prevPath = reversed.get(t._prevtrace.index);
      const target = t._prevtrace._nextFill?.node();
      if (!prevPath || !target?.isConnected) return false;
      writes.push([target, 'd', path + 'L' + prevPath.slice(1) + 'Z']);
    } else return false;
  }
  if (mode.includes('markers')) {
    const points = group.querySelectorAll(':scope > g.points > path.point');
    if (points.length !== x.length) return false;
    for (let j = 0; j < x.length; j++) {
      const px = axes.x(x[j]);
      const py = axes.y(y[j]);
      writes.push([points[j], 'transform', px || py ? `translate(${px},${py})` : '']);
    }
  }
  return true;
}

function barWrites(gd: PlotDiv, fl: FullLayout, t: FullTrace, group: Element, axes: Axes, base: number[], top: number[], writes: Write[]): boolean {
  if (t.orientation === 'h' || t.base !== undefined || t.marker?.cornerradius) return false;
  const rounding = barPixelRounding(t, fl, !!gd._context?.staticPlot);
  if (!rounding) return false;
  const bars = group.querySelectorAll(':scope > g.points > g.point > path');
  if (bars.length !== top.length) return false;
  for (let j = 0; j < top.length; j++) {
    const drawn = parseBarPath(bars[j].getAttribute('d'));
    if (!drawn) return false;
    writes.push([bars[j], 'd', barPath(drawn, axes.y(base[j]), axes.y(top[j]), rounding)]);
  }
  return true;
}
