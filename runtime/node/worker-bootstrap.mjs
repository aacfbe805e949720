// Entry of every Node worker thread: teach this thread TypeScript (tsx), then load the worker.
// Node 20 ignores `execArgv: ['--import', 'tsx']` in workers, hence this plain .mjs file.
import { register } from 'tsx/esm/api';

register();
await import('./node-worker.ts');
