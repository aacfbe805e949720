/**
 * Newest request wins: starting a request aborts the previous one, and a result that arrives after a
 * newer request started is dropped (never delivered), even if the runner ignores the abort.
 */
export type Outcome<T> = { kind: 'done'; value: T } | { kind: 'stale' } | { kind: 'error'; error: unknown };

export interface Latest {
  run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T>>;
  cancel(): void;
}

export function createLatest(): Latest {
  let seq = 0;
  let controller: AbortController | null = null;
  return {
    async run<T>(work: (signal: AbortSignal) => Promise<T>): Promise<Outcome<T>> {
      controller?.abort();
      const mine = ++seq;
      const own = new AbortController();
      controller = own;
      try {
        const value = await work(own.signal);
        return mine === seq ? { kind: 'done', value } : { kind: 'stale' };
      } catch (error) {
        return mine === seq ? { kind: 'error', error } : { kind: 'stale' };
      }
    },
    cancel() {
      seq++;
      controller?.abort();
      controller = null;
    },
  };
}
