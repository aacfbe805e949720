/**
 * Which traces of a figure changed, when only their y values did: the test that lets a held lever's
 * redraw skip Plotly (fast-draw.ts). Anything else that differs (a trace added or removed, a colour, a
 * name, an x value, the layout) means a full Plotly draw.
 */
import type { Data } from './plotly';

type Obj = Record<string, unknown>;

const isPlain = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON-like values: arrays by value, objects key by key (a key set to undefined counts as absent). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (isPlain(a) && isPlain(b)) return sameObject(a, b, null);
  return false;
}

function sameObject(a: Obj, b: Obj, skip: ReadonlySet<string> | null): boolean {
  for (const k of Object.keys(a)) if (!skip?.has(k) && !sameValue(a[k], b[k])) return false;
  for (const k of Object.keys(b)) if (!skip?.has(k) && a[k] === undefined && b[k] !== undefined) return false;
  return true;
}

/** Values a held lever may change without a full draw: the plotted y, and the hover-only customdata. */
const DATA_ONLY = new Set(['y', 'customdata']);

/**
 * The indices of the traces of `next` whose y differs from `drawn`, when nothing but y (and customdata)
 * differs; null when anything else does (trace count, type, x, style, names...).
 */
export function yOnlyChanges(drawn: readonly Data[], next: readonly Data[]): number[] | null {
  if (drawn.length !== next.length) return null;
  const changed: number[] = [];
  for (let i = 0; i < next.length; i++) {
    const a = drawn[i] as Obj;
    const b = next[i] as Obj;
    if (!sameObject(a, b, DATA_ONLY)) return null;
    if (!sameValue(a.y, b.y)) changed.push(i);
  }
  return changed;
}
