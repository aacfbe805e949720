/**
 * The Web Worker of the browser pool: exposes the engine's work units over comlink. Bundled by Vite
 * from `new Worker(new URL('./browser-worker.ts', import.meta.url), { type: 'module' })`.
 */
import { expose, type Endpoint } from 'comlink';
import { workerApi } from '../worker-api';
import { prepareThread } from '../../engine/mc/wasm/prepare-thread';

// Pass the endpoint explicitly: the default breaks under some test shims.
expose(workerApi, self as unknown as Endpoint);
// Ready for Monte Carlo work before the first task arrives (engine/mc/wasm/prepare-thread.ts).
prepareThread();
