/**
 * The fingerprint of everything the built CLI and library are made from: path, size and modification
 * time of every file under the source folders (about 300 files; a few milliseconds), plus the build
 * scripts and package.json. cli/bin.mjs compares it with build/stamp.json on every start.
 */
import { readdirSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export const STAMP_FILE = 'stamp.json';
const SOURCE_DIRS = ['engine', 'cli', 'runtime', 'data', 'scenarios', 'lib'];
const SOURCE_FILES = ['package.json', 'tsconfig.lib.json', 'scripts/build.mjs', 'scripts/fingerprint.mjs'];

function walk(dir, out) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else out.push(path);
  }
}

/** The web app's sources (tests/e2e/support/build-app.ts reuses a build made from the same ones). */
export const APP_SOURCE_DIRS = ['ui', 'engine', 'runtime', 'data', 'scenarios'];
export const APP_SOURCE_FILES = ['package.json', 'vite.config.ts', 'tsconfig.json'];

/** @param {string} root @param {string[]} [dirs] @param {string[]} [extraFiles] @returns {string} */
export function sourceFingerprint(root, dirs = SOURCE_DIRS, extraFiles = SOURCE_FILES) {
  const files = [];
  for (const dir of dirs) walk(join(root, dir), files);
  for (const file of extraFiles) files.push(join(root, file));
  files.sort();
  const hash = createHash('sha1');
  for (const file of files) {
    try {
      const st = statSync(file);
      hash.update(`${file.slice(root.length)}\0${st.size}\0${st.mtimeMs}\n`);
    } catch {
      hash.update(`${file.slice(root.length)}\0missing\n`);
    }
  }
  return hash.digest('hex');
}
