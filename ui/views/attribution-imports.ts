/** What the attribution panel takes from the engine. */
export { attribute, modelledTargets as modelledTargetsOf } from '../../engine/index';
export type { Lang } from '../../engine/index';
