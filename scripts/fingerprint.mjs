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

/** @param {string} root @returns {string} */
export function sourceFingerprint(root) {
  const files = [];
  for (const dir of SOURCE_DIRS) walk(join(root, dir), files);
  for (const file of SOURCE_FILES) files.push(join(root, file));
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
