/**
 * The worker_threads worker: exposes the engine's work units over comlink. Loaded through
 * worker-bootstrap.mjs, which registers tsx first (on Node 20, `execArgv: ['--import', 'tsx']` is
 * ignored inside workers).
 */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { workerApi } from '../worker-api';
import { prepareThread } from '../../engine/mc/wasm/prepare-thread';

if (!parentPort) throw new Error('node-worker.ts must run in a worker thread');
expose(workerApi, nodeEndpoint(parentPort));
// Ready for Monte Carlo work before the first task arrives (engine/mc/wasm/prepare-thread.ts).
prepareThread();
