/**
 * Page script of the browser-pool test: runs a small Monte Carlo and a Sobol analysis on the Web Worker
 * pool and leaves their results (as JSON text) on `window` for the test to compare with Node's.
 */
import { createBrowserPoolRunner } from '../../../runtime/browser/browser-pool-runner';
import { request, sobolRequest } from './request';

const runner = createBrowserPoolRunner({ workers: 2 });
const w = window as unknown as { planpathResult?: string; planpathError?: string };
Promise.all([runner.runMonteCarlo(request), runner.runSensitivity(sobolRequest)])
  .then(([mc, sobol]) => {
    w.planpathResult = JSON.stringify({ mc, sobol });
  })
  .catch((error: unknown) => {
    w.planpathError = String(error);
  })
  .finally(() => runner.terminate());
