/**
 * Types of the Monte Carlo, in three files: what a caller asks for (mc-options.ts), the compiled model
 * and the partial results that cross to and from workers (mc-model.ts), and the summary (mc-result.ts).
 */
export type * from './mc-options';
export type * from './mc-model';
export type * from './mc-result';
