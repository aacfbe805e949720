/**
 * The Node face of the runtime, for scripts and the library build (`planpath/node`): a Runner on a
 * pool of worker threads, plus everything platform-neutral from runtime/index.ts.
 */
export * from '../index';
export { createNodePoolRunner, type NodePoolOptions } from './node-pool-runner';
