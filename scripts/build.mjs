#!/usr/bin/env node
/**
 * Builds what Node runs from the TypeScript sources (never committed; build/ is ignored):
 *   build/cli/planpath.mjs         the planpath CLI, one ESM bundle (dependencies included)
 *   build/cli/planpath-worker.mjs  the Monte Carlo worker thread the CLI starts (same folder, found by name)
 *   build/lib/index.js, .d.ts      the engine as a typed ESM library (package.json "exports": ".")
 *   build/lib/node.js, .d.ts       the Node runners (worker pool) for scripts ("exports": "./node")
 *   build/stamp.json               the fingerprint of the sources the build was made from
 *
 * `npm ci` runs it (the `prepare` script); cli/bin.mjs runs it again whenever the sources changed, so the
 * CLI is never stale. Usage: `node scripts/build.mjs [--if-stale] [--no-types] [--quiet]`.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { restoreConsts } from '../runtime/node/restore-consts.mjs';
import { sourceFingerprint, STAMP_FILE } from './fingerprint.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'build');

/** Resolves `x?raw` imports to the file's text (Vite's convention, used by engine data files). */
const rawText = {
  name: 'raw-text',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -4)), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  plugins: [rawText],
  // Bundled CommonJS dependencies (mathjs's helpers) may call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __planpathCreateRequire } from 'node:module'; const require = __planpathCreateRequire(import.meta.url);" },
  write: false,
};

/** Writes a file atomically (write, then rename), so a concurrent process never reads half of it. */
function writeAtomic(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}

async function bundle(entry, outfile, extra = {}) {
  const result = await build({ ...common, entryPoints: [join(ROOT, entry)], outfile: join(OUT, outfile), ...extra });
  for (const file of result.outputFiles) writeAtomic(file.path, outfile.includes('worker') ? restoreConsts(file.text) : file.text);
}

/** Type declarations for the library entry points, with the project's own compiler (tsc 7). */
function declarations() {
  const tsc = join(ROOT, 'node_modules', '.bin', 'tsc');
  try {
    execFileSync(tsc, ['-p', join(ROOT, 'tsconfig.lib.json')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
    return true;
  } catch (error) {
    // The JavaScript builds are done and usable; a type error is reported (and fails `npm test`'s type
    // check) without blocking the install.
    process.stderr.write(`planpath: type declarations not written (tsc failed):\n${String(error.stdout ?? '').split('\n').slice(0, 10).join('\n')}\n`);
    return false;
  }
}

export async function buildAll({ types = true, quiet = false } = {}) {
  const started = Date.now();
  const fingerprint = sourceFingerprint(ROOT);
  // The CLI keeps the worker out of its own bundle: the worker is its own file beside it.
  await Promise.all([
    bundle('cli/main.ts', 'cli/planpath.mjs', { external: ['esbuild'] }),
    bundle('runtime/node/node-worker.ts', 'cli/planpath-worker.mjs'),
    bundle('lib/index.ts', 'lib/index.js', { packages: 'external' }),
    bundle('lib/node.ts', 'lib/node.js', { packages: 'external', external: ['esbuild'] }),
  ]);
  // The library's worker pool starts the same worker file, so it sits beside lib/node.js too.
  writeAtomic(join(OUT, 'lib', 'planpath-worker.mjs'), readFileSync(join(OUT, 'cli', 'planpath-worker.mjs'), 'utf8'));
  const typed = types ? declarations() : false;
  writeAtomic(join(OUT, STAMP_FILE), JSON.stringify({ fingerprint, types: typed }));
  if (!quiet) process.stderr.write(`planpath: built build/cli and build/lib in ${Date.now() - started} ms\n`);
}

/** True when build/ was made from the sources as they are now. */
export function isFresh({ types = false } = {}) {
  const stampPath = join(OUT, STAMP_FILE);
  if (!existsSync(stampPath)) return false;
  try {
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    return stamp.fingerprint === sourceFingerprint(ROOT) && (!types || stamp.types === true);
  } catch {
    return false;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = new Set(process.argv.slice(2));
  const types = !args.has('--no-types');
  if (args.has('--if-stale') && isFresh({ types })) process.exit(0);
  if (args.has('--clean')) rmSync(OUT, { recursive: true, force: true });
  await buildAll({ types, quiet: args.has('--quiet') });
}
