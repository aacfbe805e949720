/**
 * The Monte Carlo: seeded, block-parallel, streaming. Pure (no I/O, no global randomness): workers
 * and the in-process runner call the same functions.
 */
export * from './mc-types';
export * from './mc-defaults';
export { PRIMITIVES, PRIMITIVE_COUNT, type PrimitiveName } from './primitive-kinds';
export { compileMonteCarlo, type McSetup, type TargetMeta } from './compile-model';
export { simulateBlocks, pathsInBlock } from './simulate-blocks';
export { evaluatePath } from './evaluate-path';
export { runMonteCarlo, nextBatchBlocks, type BlockExecutor, type McProgress } from './run-monte-carlo';
export { createAccumulator, mergePartial, slotSum, type McAccumulator } from './accumulator';
export { summarize, maxStandardError } from './summarize';
export { estimateProbability, conservativeStandardError, pathsForTolerance } from './probability';
export { seriesCatalogue, readoutOf, readValue, type CatalogueEntry, type SeriesSource } from './series-catalogue';
export { correlationFactor, type LowerFactor } from './linear/correlation-factor';
export { symmetricEigen, type SymmetricEigen } from './linear/symmetric-eigen';
export { checkMcOptions, MAX_PATHS } from './validate-options';
export * from './rng/index';
export * from './streams';
