/**
 * Runs once before the suite: brings the built CLI and library (build/, scripts/build.mjs) up to date
 * with the sources, so that every CLI test runs the same bundle a user runs and none rebuilds it.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale', '--quiet'], { cwd: root, stdio: 'inherit' });
}
