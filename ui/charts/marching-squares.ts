/**
 * The zero contour of a grid of values (marching squares with linear interpolation on cell edges), as line
 * segments in grid coordinates (i along x, j along y). Used for "where each target is just met" on the
 * feasibility map. Saddle cells are split by the cell's mean value.
 */
export type Segment = [number, number, number, number];

export function zeroContour(values: number[][]): Segment[] {
  const out: Segment[] = [];
  const rows = values.length, cols = values[0]?.length ?? 0;
  const cross = (a: number, b: number) => a / (a - b);
  for (let j = 0; j < rows - 1; j++) {
    for (let i = 0; i < cols - 1; i++) {
      const v0 = values[j][i], v1 = values[j][i + 1], v2 = values[j + 1][i + 1], v3 = values[j + 1][i];
      const code = (v0 >= 0 ? 1 : 0) | (v1 >= 0 ? 2 : 0) | (v2 >= 0 ? 4 : 0) | (v3 >= 0 ? 8 : 0);
      if (code === 0 || code === 15) continue;
      const bottom: [number, number] = [i + cross(v0, v1), j];
      const right: [number, number] = [i + 1, j + cross(v1, v2)];
      const top: [number, number] = [i + cross(v3, v2), j + 1];
      const left: [number, number] = [i, j + cross(v0, v3)];
      const seg = (a: [number, number], b: [number, number]) => out.push([a[0], a[1], b[0], b[1]]);
      const centre = (v0 + v1 + v2 + v3) / 4;
      switch (code) {
        case 1: case 14: seg(left, bottom); break;
        case 2: case 13: seg(bottom, right); break;
        case 3: case 12: seg(left, right); break;
        case 4: case 11: seg(right, top); break;
        case 6: case 9: seg(bottom, top); break;
        case 7: case 8: seg(left, top); break;
        case 5: if (centre >= 0) { seg(left, top); seg(bottom, right); } else { seg(left, bottom); seg(right, top); } break;
        case 10: if (centre >= 0) { seg(left, bottom); seg(right, top); } else { seg(bottom, right); seg(left, top); } break;
      }
    }
  }
  return out;
}
