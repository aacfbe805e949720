/**
 * The feasibility map drawn as SVG: one cell per grid point coloured by how many modelled targets are met
 * (green where all are), the contour where each target is just met (marching squares on its signed margin),
 * and the scenario's own point. SVG rather than a plotly heat map keeps plotly's partial bundle unchanged.
 */
import type { FeasibilityMap } from '../../engine/index';
import { zeroContour } from './marching-squares';

const PALETTE = ['#1d4ed8', '#b91c1c', '#047857', '#7c3aed', '#c2410c', '#0e7490', '#be185d', '#4d7c0f', '#a16207', '#334155', '#9333ea', '#0f766e', '#dc2626', '#2563eb', '#65a30d'];

export interface FeasibilitySvgProps {
  map: FeasibilityMap;
  xLabel: string;
  yLabel: string;
  format: (lever: string, v: number) => string;
  targetName: (id: string) => string;
  pointLabel: string;
  legendLabel: string;
  summary: string;
}

/** Cell colour: light grey (none met) to deep blue (all but one), green when all are met. */
function cellColor(count: number, total: number, all: boolean): string {
  if (all) return '#16a34a';
  const f = total > 0 ? count / total : 0;
  const l = Math.round(96 - f * 52);
  return `hsl(217, ${Math.round(20 + f * 60)}%, ${l}%)`;
}

export function FeasibilitySvg({ map, xLabel, yLabel, format, targetName, pointLabel, legendLabel, summary }: FeasibilitySvgProps) {
  const W = 620, H = 420, L = 70, B = 46, T = 10, R = 10;
  const nx = map.x.values.length, ny = map.y.values.length;
  const cw = (W - L - R) / nx, ch = (H - T - B) / ny;
  const px = (i: number) => L + (i + 0.5) * cw;
  const py = (j: number) => H - B - (j + 0.5) * ch;
  const xPos = (v: number) => L + ((v - map.x.values[0]) / (map.x.values[nx - 1] - map.x.values[0])) * (W - L - R - cw) + cw / 2;
  const yPos = (v: number) => H - B - ((v - map.y.values[0]) / (map.y.values[ny - 1] - map.y.values[0])) * (H - T - B - ch) - ch / 2;
  const n = map.targets.length;
  const ticks = (count: number) => [0, Math.round((count - 1) / 4), Math.round((count - 1) / 2), Math.round((3 * (count - 1)) / 4), count - 1];
  return (
    <figure className="feasibility" data-testid="feasibility-map" data-targets={n} data-any-all-met={String(map.anyAllMet)}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} style={{ width: '100%', maxWidth: 760, height: 'auto' }}>
        {map.metCount.map((row, j) => row.map((count, i) => (
          <rect key={`${i}-${j}`} x={L + i * cw} y={H - B - (j + 1) * ch} width={cw + 0.3} height={ch + 0.3} fill={cellColor(count, n, map.allMet[j][i])}>
            <title>{`${format(map.x.lever, map.x.values[i])}, ${format(map.y.lever, map.y.values[j])}: ${count}/${n}`}</title>
          </rect>
        )))}
        {map.targets.map((id, k) => (
          <g key={id} stroke={PALETTE[k % PALETTE.length]} strokeWidth={1.6} fill="none" data-testid={`contour-${id}`}>
            {zeroContour(map.marginBy[id]).map(([x0, y0, x1, y1], s) => <line key={s} x1={px(x0)} y1={py(y0)} x2={px(x1)} y2={py(y1)} />)}
          </g>
        ))}
        <circle cx={xPos(map.x.current)} cy={yPos(map.y.current)} r={6} fill="#fff" stroke="#111827" strokeWidth={2} data-testid="map-point" />
        <text x={xPos(map.x.current) + 9} y={yPos(map.y.current) + 4} fontSize={12} fill="#111827" stroke="#fff" strokeWidth={3} paintOrder="stroke">{pointLabel}</text>
        {ticks(nx).map((i) => <text key={`x${i}`} x={px(i)} y={H - B + 16} fontSize={11} textAnchor="middle" fill="#374151">{format(map.x.lever, map.x.values[i])}</text>)}
        {ticks(ny).map((j) => <text key={`y${j}`} x={L - 6} y={py(j) + 4} fontSize={11} textAnchor="end" fill="#374151">{format(map.y.lever, map.y.values[j])}</text>)}
        <text x={L + (W - L - R) / 2} y={H - 8} fontSize={12} textAnchor="middle" fill="#111827">{xLabel}</text>
        <text x={14} y={T + (H - T - B) / 2} fontSize={12} textAnchor="middle" fill="#111827" transform={`rotate(-90 14 ${T + (H - T - B) / 2})`}>{yLabel}</text>
      </svg>
      <figcaption className="hint">
        <span className="legend-swatches">
          {legendLabel}: {[0, Math.ceil(n / 2), n - 1].map((c) => <span key={c} className="swatch" style={{ background: cellColor(c, n, false), display: 'inline-block', width: 14, height: 10, margin: '0 4px 0 8px' }} title={String(c)} />)}
          <span className="swatch" style={{ background: cellColor(n, n, true), display: 'inline-block', width: 14, height: 10, margin: '0 4px 0 8px' }} />{n}
        </span>
        <ul className="contour-legend" style={{ columns: 2, margin: '6px 0', paddingLeft: 18 }}>
          {map.targets.map((id, k) => <li key={id} style={{ color: PALETTE[k % PALETTE.length] }}><span style={{ color: '#1f2937' }}>{targetName(id)}</span></li>)}
        </ul>
        {summary}
      </figcaption>
    </figure>
  );
}
