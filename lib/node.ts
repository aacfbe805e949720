/**
 * `import { createNodePoolRunner } from 'planpath/node'`: the runtime for Node scripts — the one Runner
 * interface, the in-process runner and a worker_threads pool whose results are bit-identical to it.
 */
export * from '../runtime/node/index';
