/**
 * The script every engine worker thread runs.
 * - In the built CLI and library (scripts/build.mjs), the worker is prebuilt as `planpath-worker.mjs`
 *   beside the bundle that contains this code: that file is used as it is.
 * - From the TypeScript sources (tests, bench), when esbuild is installed, the worker (node-worker.ts and
 *   the kernel it imports) is bundled once into a plain .mjs file in the OS temp directory, named by its
 *   content hash: worker threads then need no TypeScript loader, which saves about 25 MB and 0.3 s per
 *   worker. Without esbuild, workers load worker-bootstrap.mjs (tsx).
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { restoreConsts } from './restore-consts.mjs';

export { restoreConsts };

/** The tsx bootstrap: the fallback, and what tests use to load fault-injecting workers alike. */
export const TSX_WORKER_URL = new URL('./worker-bootstrap.mjs', import.meta.url);

interface EsbuildLike {
  buildSync(options: Record<string, unknown>): { outputFiles?: { text: string }[] };
}

const memo: { url?: URL } = {};

/** The bundled worker script, or the tsx bootstrap when bundling is not possible. */
export function nodeWorkerScript(): URL {
  if (memo.url) return memo.url;
  memo.url = prebuilt() ?? bundle() ?? TSX_WORKER_URL;
  return memo.url;
}

/** The worker prebuilt beside this module's bundle (build/cli, build/lib); absent in the sources. */
function prebuilt(): URL | undefined {
  const url = new URL('./planpath-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

function bundle(): URL | undefined {
  let esbuild: EsbuildLike;
  try {
    esbuild = createRequire(import.meta.url)('esbuild') as EsbuildLike;
  } catch {
    return undefined;
  }
  try {
    const result = esbuild.buildSync({
      entryPoints: [fileURLToPath(new URL('./node-worker.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const bundled = result.outputFiles?.[0]?.text;
    if (!bundled) return undefined;
    const text = restoreConsts(bundled);
    const file = join(tmpdir(), `planpath-worker-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      // Write then rename, so a concurrent process never loads a half-written file.
      const partial = `${file}.${process.pid}.tmp`;
      writeFileSync(partial, text);
      renameSync(partial, file);
    }
    return pathToFileURL(file);
  } catch {
    return undefined;
  }
}
