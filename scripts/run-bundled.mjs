#!/usr/bin/env node
/**
 * Runs a TypeScript program (the benchmark: `npm run bench`) as one esbuild bundle under plain Node,
 * in a child process whose exit code it returns: `node scripts/run-bundled.mjs bench/run.ts [args]`.
 *
 * Why not tsx: tsx compiles on a loader thread of its own inside the measured process; the benchmark
 * reports that process's peak memory, and tsx's share of it was about 50 MB (measured: the bench's
 * 2-worker phase peaked at 146 MB under tsx, 87-93 MB bundled, same code and workload).
 *
 * Source files keep their own `import.meta.url` (rewritten to the file's address while bundling),
 * so they find the files beside them (bench/mc_numpy.py, the repository root) and their main-module
 * checks stay false, as under tsx. The runtime's files are the exception, by design: they find the
 * worker beside the bundle that contains them. The bundle is written to build/run/<name>.mjs (ignored
 * by git) with the Monte Carlo worker prebuilt beside it (build/run/planpath-worker.mjs), as the built
 * CLI has its own: the measured process then loads no compiler at all (bundling the worker at run
 * time loads esbuild into it, about 5 MB). `?raw` imports and the const restoration are handled as in
 * scripts/build.mjs.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { restoreConsts } from '../runtime/node/restore-consts.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** `import.meta.url` of each source (not the runtime's, see above) becomes its own file address; `x?raw` becomes the file's text. */
const sourcePlugin = {
  name: 'source-urls',
  setup(b) {
    b.onResolve({ filter: /\?raw$/ }, (args) => ({ path: join(args.resolveDir, args.path.slice(0, -4)), namespace: 'raw-text' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-text' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
    b.onLoad({ filter: /\.(ts|mts|mjs)$/ }, (args) => {
      if (args.path.includes('node_modules') || args.path.startsWith(join(ROOT, 'runtime') + sep)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const loader = args.path.endsWith('.mjs') ? 'js' : 'ts';
      return { contents: text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader };
    });
  },
};

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-bundled.mjs <entry.ts> [args...]\n');
  process.exit(2);
}
const OUT = join(ROOT, 'build', 'run');
const outfile = join(OUT, `${basename(entry).replace(/\.[mc]?ts$/, '')}.mjs`);
const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning', write: false };
const [main, worker] = await Promise.all([
  // Dependencies stay imports (found in node_modules); the worker bundles them, as scripts/build.mjs does.
  build({ ...options, packages: 'external', entryPoints: [resolve(entry)], plugins: [sourcePlugin], outfile }),
  build({ ...options, entryPoints: [join(ROOT, 'runtime', 'node', 'node-worker.ts')], outfile: join(OUT, 'planpath-worker.mjs') }),
]);
/** Write, then rename: a concurrent run never loads half a file. */
function writeAtomic(path, text) {
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, text);
  renameSync(partial, path);
}
mkdirSync(OUT, { recursive: true });
writeAtomic(join(OUT, 'planpath-worker.mjs'), restoreConsts(worker.outputFiles[0].text));
writeAtomic(outfile, restoreConsts(main.outputFiles[0].text));
const child = spawnSync(process.execPath, [outfile, ...args], { stdio: 'inherit' });
process.exit(child.status ?? 1);
