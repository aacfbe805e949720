/** Types for the one plotly.js internal the fast draw reuses (fast-draw.ts): the scatter line's pixel points. */
declare module 'plotly.js/src/traces/scatter/line_points' {
  interface LineAxis {
    type: string;
    _length: number;
    _m: number;
    c2p(v: number): number;
    l2p(v: number): number;
  }
  /** The pixel points of a scatter line, split at gaps, simplified as Plotly draws them. */
  const linePoints: (
    points: { x: number; y: number }[],
    opts: { xaxis: LineAxis; yaxis: LineAxis; trace: object; connectGaps?: boolean; baseTolerance: number; shape: string; backoff?: unknown; simplify?: boolean; fill?: string },
  ) => [number, number][][];
  export default linePoints;
}
