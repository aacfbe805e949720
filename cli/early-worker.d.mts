/** Types of early-worker.mjs (plain JavaScript: bin.mjs runs it before any bundle is loaded). */
export const IN_PROCESS_WORK: number;
export const EARLY_WORKERS: unique symbol;
export function wantsEarlyWorker(args: readonly string[], cores?: number): boolean;
export function startEarlyWorker(args: readonly string[], script: string | URL): boolean;
