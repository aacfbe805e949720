/**
 * The one-time notice after the linked model arrived: saved scenarios that extend a built-in follow
 * its new model (energy and CO2 from the sector mix, sector prices, chained growth). Shown once, on the
 * first load that finds such a scenario; the id below is then kept in the saved preferences.
 */
import type { ScenarioFile } from '../../engine/index';
import type { Notice } from './app-state';
import { findScenario, isBuiltin } from './scenarios';

/** Id of the notice in `seenNotices`. */
export const LINKED_MODEL_NOTICE = 'linked-model-v2';

/** How many of the user's scenarios inherit from a built-in, through any chain of `extends`. */
export function scenariosExtendingBuiltins(user: readonly ScenarioFile[]): number {
  return user.filter((file) => {
    const seen = new Set<string>();
    let parent = file.extends;
    while (parent !== undefined && !seen.has(parent)) {
      if (isBuiltin(parent)) return true;
      seen.add(parent);
      parent = findScenario(parent, user)?.extends;
    }
    return false;
  }).length;
}

/** The notice to show on this load, if any, and the seen list to keep. */
export function linkedModelNotice(user: readonly ScenarioFile[], seen: readonly string[]): { notice: Notice | null; seen: string[] } {
  if (seen.includes(LINKED_MODEL_NOTICE)) return { notice: null, seen: [...seen] };
  const n = scenariosExtendingBuiltins(user);
  if (n === 0) return { notice: null, seen: [...seen] };
  return { notice: { kind: 'info', key: 'notice.linkedModel', params: { n } }, seen: [...seen, LINKED_MODEL_NOTICE] };
}
