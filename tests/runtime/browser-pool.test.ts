/**
 * The Web Worker pool in a real browser (Debian's chromium, Vite dev server): the same requests give
 * the same results, bit for bit, as the in-process runner in Node. Skipped when chromium is missing.
 */
import { describe, it, expect } from 'vitest';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { hasChromium, sharedBrowser } from '../e2e/support/browser';
import { createInProcessRunner } from '../../runtime/index';
import { request, sobolRequest } from './browser/request';

/** The path of the first difference between two JSON values ('' when equal), for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b) ? '' : `${path}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const k of keys) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d) return d;
  }
  return '';
}

const root = fileURLToPath(new URL('./browser', import.meta.url));
const repo = fileURLToPath(new URL('../..', import.meta.url));

describe.skipIf(!hasChromium())('browser worker pool', () => {
  it('gives the in-process results bit for bit (Monte Carlo and Sobol)', async () => {
    const server = await createServer({ root, configFile: false, logLevel: 'silent', cacheDir: join(tmpdir(), 'planpath-vite-runtime-test'), server: { port: 0, fs: { allow: [repo] } }, optimizeDeps: { include: ['comlink'] }, define: { global: 'globalThis' } });
    await server.listen();
    // A page of its own in the worker's browser (shared with the browser test files: one launch fewer).
    const page = await (await sharedBrowser()).context.newPage();
    try {
      await page.goto(server.resolvedUrls!.local[0]);
      await page.waitForFunction(() => (window as { planpathResult?: string; planpathError?: string }).planpathResult ?? (window as { planpathError?: string }).planpathError, undefined, { timeout: 45_000 });
      const error = await page.evaluate(() => (window as { planpathError?: string }).planpathError);
      expect(error).toBeUndefined();
      const fromBrowser = await page.evaluate(() => (window as { planpathResult?: string }).planpathResult!);
      const local = createInProcessRunner();
      const expected = JSON.stringify({ mc: await local.runMonteCarlo(request), sobol: await local.runSensitivity(sobolRequest) });
      expect(firstDifference(JSON.parse(fromBrowser), JSON.parse(expected))).toBe('');
    } finally {
      await page.close();
      await server.close();
    }
  });
});
