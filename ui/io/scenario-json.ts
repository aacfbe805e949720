/** Export of a scenario file as pretty JSON (the same format the CLI reads). */
import type { ScenarioFile } from '../../engine/index';
import { downloadBlob } from './download';

export function scenarioJson(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export function downloadScenario(file: ScenarioFile): void {
  downloadBlob(new Blob([scenarioJson(file)], { type: 'application/json' }), `${file.id}.json`);
}
