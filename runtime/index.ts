/**
 * The runtime: one Runner interface and its implementations, the worker pool, and the scheduler.
 * Node-only (`node/`) and browser-only (`browser/`) runners are imported from their own files so
 * that neither platform bundles the other's worker code.
 */
export type { Runner, McRequest, SensitivityRequest, RunOptions } from './runner';
export { RunnerError, isRunnerError, cancelledError, type RunnerErrorKind } from './runner-error';
export type { Executor } from './executor';
export { runnerFromExecutor } from './executor-runner';
export { createInProcessRunner, inProcessExecutor } from './in-process-runner';
export { createSerializedRunner, serializedExecutor } from './serialized-runner';
export { WorkerPool, type PoolOptions } from './pool/worker-pool';
export { poolExecutor } from './pool/pool-executor';
export type { WorkerHandle, SpawnWorker } from './pool/worker-handle';
export { workerApi, type WorkerApi } from './worker-api';
export { LatestScheduler, type ScheduleOutcome } from './scheduler';
export { splitCount } from './split-count';
