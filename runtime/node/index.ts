/**
 * The Node face of the runtime: everything platform-neutral from runtime/index.ts plus a Runner on a
 * pool of worker threads.
 */
export * from '../index';
export { createNodePoolRunner, type NodePoolOptions } from './node-pool-runner';
