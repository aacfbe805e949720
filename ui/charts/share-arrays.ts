/**
 * Structural sharing between a chart's previous and next traces: an array whose values did not
 * change keeps the previous array object. Plotly.react compares arrays by identity, so a history
 * trace or a label list rebuilt with the same values would otherwise count as changed, and one
 * changed attribute that Plotly cannot animate (such as `text`) turns a quick in-place update of the
 * lines during a drag into a full redraw of the chart.
 */
import type { Data } from './plotly';

type Obj = Record<string, unknown>;

function sameValues(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

function isPlain(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `next` with every array (at the top level of a trace or one object down, e.g. `marker.color`) that equals the matching one in `prev` replaced by it. */
function shareObject(prev: Obj, next: Obj, depth: number): Obj {
  let out: Obj | null = null;
  for (const key of Object.keys(next)) {
    const v = next[key];
    const p = prev[key];
    let shared: unknown = v;
    if (Array.isArray(v) && Array.isArray(p) && v !== p && sameValues(v, p)) shared = p;
    else if (depth > 0 && isPlain(v) && isPlain(p)) shared = shareObject(p, v, depth - 1);
    if (shared !== v) (out ??= { ...next })[key] = shared;
  }
  return out ?? next;
}

/** The traces of `next`, sharing unchanged arrays with `prev` (trace by trace, by position). */
export function shareArrays(prev: readonly Data[] | null, next: Data[]): Data[] {
  if (!prev) return next;
  let changed = false;
  const out = next.map((trace, i) => {
    const p = prev[i];
    if (!p || (p as Obj).type !== (trace as Obj).type) return trace;
    const s = shareObject(p as Obj, trace as Obj, 1) as Data;
    if (s !== trace) changed = true;
    return s;
  });
  return changed ? out : next;
}
