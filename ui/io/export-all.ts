/**
 * "Export all my work": every user scenario and everything kept aside, in one JSON file. The way out
 * when the browser cannot save, or before repairing saved data by hand.
 */
import type { AppState } from '../state/app-state';
import { downloadBlob } from './download';

/** The export as JSON text: `{ exportedAt, scenarios: [...], setAside: [...] }`. */
export function exportAllJson(state: Pick<AppState, 'userScenarios' | 'setAside'>, now: string): string {
  return `${JSON.stringify({ exportedAt: now, scenarios: state.userScenarios, setAside: state.setAside }, null, 2)}\n`;
}

export function downloadAll(state: Pick<AppState, 'userScenarios' | 'setAside'>): void {
  const now = new Date().toISOString();
  downloadBlob(new Blob([exportAllJson(state, now)], { type: 'application/json' }), `planpath-work-${now.slice(0, 10)}.json`);
}
