// Types for comlink's Node adapter, which ships a .d.ts next to the .mjs that TypeScript does not
// associate with the deep import path.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  import type { Endpoint } from 'comlink';
  /** The subset of a worker_threads Worker or MessagePort the adapter uses. */
  export interface NodeEndpoint {
    postMessage(message: unknown, transfer?: readonly unknown[]): void;
    on(type: string, listener: (value: unknown) => void): void;
    off(type: string, listener: (value: unknown) => void): void;
    start?: () => void;
  }
  /** Wraps a Node worker or port as a comlink endpoint. */
  export default function nodeEndpoint(endpoint: NodeEndpoint): Endpoint;
}
