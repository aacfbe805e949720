/**
 * The planpath package's library entry (`import { project } from 'planpath'`): the engine's public face
 * (engine/index.ts, with its own function names) plus the embedded plan data and the built-in scenarios,
 * so a script can run everything the CLI runs. Built to build/lib/index.js with type declarations by
 * scripts/build.mjs. Example: docs/library.md.
 */
export * from '../engine/index';
export { defaultPlan, plans } from '../data/index';
export { builtinScenarios, builtinScenario } from '../scenarios/index';
