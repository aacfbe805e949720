import { flushPendingAutosaves } from '../state/storage/autosave';

/**
 * Saves a Blob or a data URL as a file through a temporary link (works in every current browser).
 * Any autosave deferred during a lever drag is written first (exports and storage never disagree).
 */
export function downloadUrl(url: string, fileName: string): void {
  void flushPendingAutosaves();
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  downloadUrl(url, fileName);
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves CSV text (from csv.ts `csvText`) as a file. */
export function downloadCsv(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
