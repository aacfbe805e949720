/**
 * Scenario lists that came from storage because another window changed it, each with how to carry
 * that change into an older list. Undo keeps older lists; without this, undoing an edit made before
 * another window's save would put back a list without that window's scenarios (and the autosave
 * would then delete or overwrite them). lever-history.ts rebases its stacks when it sees such a list.
 */
import type { ScenarioFile } from '../../../engine/index';

const changes = new WeakMap<readonly ScenarioFile[], (older: readonly ScenarioFile[]) => ScenarioFile[]>();

/** Marks `list` as taken from storage: records `adopted` now hold the stored versions, `dropped` were deleted elsewhere. */
export function markExternal(list: readonly ScenarioFile[], adopted: ReadonlyMap<string, ScenarioFile>, dropped: readonly string[]): void {
  changes.set(list, (older) => {
    const kept = older.filter((s) => !dropped.includes(s.id)).map((s) => adopted.get(s.id) ?? s);
    for (const [id, file] of adopted) if (!kept.some((s) => s.id === id)) kept.push(file);
    return kept;
  });
}

/** How to carry the external change that produced `list` into an older list; undefined for the window's own edits. */
export function externalChange(list: readonly ScenarioFile[]): ((older: readonly ScenarioFile[]) => ScenarioFile[]) | undefined {
  return changes.get(list);
}
