/**
 * Data -> pixel mapping of a linear Plotly axis, as Plotly computes it (plots/cartesian/set_convert.js):
 * the position is measured from the start of the axis' plot area (the subplot's layer is translated by
 * the axis' offset), x grows to the right and y downwards, and positions are rounded to 1/100 px.
 *
 *   x axis: m = length / (r1 - r0), b = -m * r0
 *   y axis: m = length / (r0 - r1), b = -m * r1
 *   px(v)  = round(b + m * v, 2 decimals)
 *
 * Used by the fast draw of a held lever (fast-draw.ts), whose axes' ranges are frozen while it is held.
 */

/** The part of a Plotly axis the mapping needs: its range (data units) and its plot-area length, px. */
export interface AxisScale {
  range: readonly [number, number];
  lengthPx: number;
}

/** A function from a data value to a pixel position (NaN for a value that is not a finite number). */
export type PixelMap = (v: number) => number;

const round2 = (v: number) => Math.round(v * 100) / 100;

/** The data -> pixel function of a linear axis (`vertical`: a y axis, pixels counted downwards). */
export function pixelMap(axis: AxisScale, vertical: boolean): PixelMap {
  const [r0, r1] = axis.range;
  const m = vertical ? axis.lengthPx / (r0 - r1) : axis.lengthPx / (r1 - r0);
  const b = vertical ? -m * r1 : -m * r0;
  if (!Number.isFinite(m) || !Number.isFinite(b)) throw new Error(`pixelMap: axis range [${r0}, ${r1}] over ${axis.lengthPx} px has no scale / 坐标轴范围 [${r0}, ${r1}] (${axis.lengthPx} 像素) 无法换算`);
  return (v) => (typeof v === 'number' && Number.isFinite(v) ? round2(b + m * v) : NaN);
}
