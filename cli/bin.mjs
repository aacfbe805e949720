#!/usr/bin/env node
// Entry point of `planpath` (`npm run -s planpath -- ...`, `npx planpath ...`): runs the bundled CLI
// (build/cli/planpath.mjs, about 0.2 s to start), rebuilding it first when the sources changed since it
// was built (scripts/build.mjs; about 1 s, once). No TypeScript is compiled on an ordinary start.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { sourceFingerprint, STAMP_FILE } from '../scripts/fingerprint.mjs';
import { startEarlyWorker } from './early-worker.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const stampPath = join(root, 'build', STAMP_FILE);
const cli = join(root, 'build', 'cli', 'planpath.mjs');

function fresh() {
  if (!existsSync(stampPath) || !existsSync(cli)) return false;
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8')).fingerprint === sourceFingerprint(root);
  } catch {
    return false;
  }
}

if (!fresh()) {
  try {
    const { buildAll } = await import('../scripts/build.mjs');
    await buildAll({ types: false, quiet: true });
  } catch (error) {
    process.stderr.write(`planpath: could not build the CLI from its sources (${String(error?.message ?? error).split('\n')[0]}); run \`npm ci\` first.\n`);
    process.exit(1);
  }
}
// A large `mc` run's first worker boots while this thread loads the bundle (cli/early-worker.mjs).
else startEarlyWorker(process.argv.slice(2), join(root, 'build', 'cli', 'planpath-worker.mjs'));
await import(pathToFileURL(cli).href);
