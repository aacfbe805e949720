/** File names that carry a scenario's name: characters file systems refuse are replaced, Chinese is kept. */

/** "Plan target (copy 2)" -> "Plan-target-(copy-2)"; "规划目标路径" stays. */
export function fileSafe(name: string): string {
  return name.trim().replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').replace(/\s+/g, '-').replace(/-+/g, '-').slice(0, 80) || 'scenario';
}

/** A chart PNG's caption: its title, the scenario's name and the date (YYYY-MM-DD). */
export function pngCaption(title: string, scenarioName: string, date: Date): string {
  return `${title} · ${scenarioName} · ${date.toISOString().slice(0, 10)}`;
}

/** A CSV export's file name: "planpath-<scenario>-<what>.csv". */
export function csvFileName(scenarioName: string, what: string): string {
  return `planpath-${fileSafe(scenarioName)}-${what}.csv`;
}
