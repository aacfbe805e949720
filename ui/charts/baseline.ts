/**
 * The baseline path next to the current one, as En-ROADS draws it: every line of the baseline's
 * figure (the same chart built for the baseline scenario) is added in grey, dashed, after the current
 * lines. Reference lines (targets: no hover) and stacked areas are not repeated. When the baseline
 * draws exactly the same lines, the figure is returned as it is.
 */
import type { Figure } from './figure';
import { plotlyText } from './plotly-text';

type Trace = Figure['data'][number] & { mode?: string; hoverinfo?: string; stackgroup?: string; y?: unknown; name?: string; showlegend?: boolean };

const BASELINE_COLOR = '#9ca3af';

function isPath(d: Trace): boolean {
  return d.type === 'scatter' && (d as { legendgroup?: string }).legendgroup !== 'history' && (d.mode ?? '').includes('lines') && d.hoverinfo !== 'skip' && !d.stackgroup && Array.isArray(d.y) && (d.y as unknown[]).length > 2;
}

/** `current` with the baseline's paths added (grey, dashed); `label` names the baseline in the legend. */
export function withBaseline(current: Figure, baseline: Figure | null, label: string): Figure {
  if (!baseline) return current;
  const paths = (baseline.data as Trace[]).filter(isPath);
  const same = paths.every((b) => (current.data as Trace[]).some((c) => c.name === b.name && JSON.stringify(c.y) === JSON.stringify(b.y)));
  if (paths.length === 0 || same) return current;
  const added = paths.map((b, i) => ({
    ...b,
    // The label holds a scenario name (user text): escaped for Plotly; the figure's own names already are.
    name: paths.length === 1 ? plotlyText(label) : `${b.name} · ${plotlyText(label)}`,
    legendgroup: 'baseline',
    showlegend: i === 0 || paths.length > 1,
    line: { color: BASELINE_COLOR, width: 2, dash: 'dash' },
    marker: { size: 0, color: BASELINE_COLOR },
    mode: 'lines',
    hovertemplate: undefined,
    hoverinfo: 'skip',
  })) as Figure['data'];
  // Appended, so the current figure's trace indices stay as they were; hidden from hover ("skip"), so a second pass never repeats them.
  return { ...current, data: [...current.data, ...added] };
}
