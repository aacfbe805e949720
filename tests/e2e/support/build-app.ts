/**
 * Builds the web app with Vite's JavaScript API (quiet; 10-30 s on 2 cores). `appBuild()` builds it once
 * per source state and shares the result between test files and runs: the build goes to
 * node_modules/.cache/planpath-app/<fingerprint of ui/, engine/, data/, ...>, guarded by a lock folder so
 * that test files starting at the same time wait for one build instead of making two.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP_SOURCE_DIRS, APP_SOURCE_FILES, sourceFingerprint } from '../../../scripts/fingerprint.mjs';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'planpath-app');
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 5 * 60_000;
/** A build of older sources is deleted once it is this old (longer than any test run). */
const OLD_BUILD_MS = 60 * 60_000;

export async function buildApp(outDir: string): Promise<void> {
  // A production build, as `npm start` makes: vitest sets NODE_ENV=test, with which Vite and the React
  // plugin would build React's development runtime (jsxDEV, several times slower renders).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // Vite is loaded only when a build is needed (most runs find the build ready; loading it costs every file about 0.4 s of CPU).
    const { build } = await import('vite');
    await build({ configFile: `${ROOT}vite.config.ts`, root: `${ROOT}ui`, logLevel: 'error', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a build of the app as its sources are now is already there (no test file will have to build it). */
export function appBuildReady(): boolean {
  const key = sourceFingerprint(ROOT, APP_SOURCE_DIRS, APP_SOURCE_FILES).slice(0, 16);
  return existsSync(join(CACHE, key, 'index.html'));
}

/** The folder of a build of the app as its sources are now (built on first use). Do not write into it. */
export async function appBuild(): Promise<string> {
  const key = sourceFingerprint(ROOT, APP_SOURCE_DIRS, APP_SOURCE_FILES).slice(0, 16);
  const dir = join(CACHE, key);
  const lock = join(CACHE, `${key}.lock`);
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(join(dir, 'index.html'))) return dir;
    try {
      mkdirSync(lock);
    } catch {
      // Someone else is building: wait for them (or take over a lock left by a killed run).
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        /* the lock went away meanwhile */
      }
      await sleep(250);
      continue;
    }
    try {
      const partial = `${dir}.${process.pid}.tmp`;
      await buildApp(partial);
      renameSync(partial, dir);
      // Keep the cache small: older builds go, once no test can still be serving them (a run that
      // started before the sources changed keeps reloading its own build: deleting it made its reloads 404).
      for (const name of readdirSync(CACHE)) {
        if (name === key || name.endsWith('.lock')) continue;
        const old = join(CACHE, name);
        try {
          if (Date.now() - statSync(old).mtimeMs > OLD_BUILD_MS) rmSync(old, { recursive: true, force: true });
        } catch {
          /* removed meanwhile */
        }
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
