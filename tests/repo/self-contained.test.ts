/**
 * The repository is self-contained: no source, test, script or config reads a path outside the
 * repository root (a fresh clone has nothing beside it). Every relative path literal (`'../x'`,
 * `new URL('../../y', import.meta.url)`) is resolved against its file's folder and must stay inside
 * the root; absolute paths into the machine's work folders, and the sibling `shared/` folder, are
 * refused outright.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', 'artifacts', 'coverage', 'test-results', '.vite']);
const CODE_EXT = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.json', '.py', '.sh', '.html', '.css']);
const CODE_NAMES = new Set(['run', 'Makefile']);
/** Files whose relative paths are read against another folder than their own (Vite's `root: 'ui'`). */
const BASE_DIR: Record<string, string> = { 'vite.config.ts': 'ui' };
/** This file, whose own examples of bad paths are the scanner's test fixtures. */
const SELF = fileURLToPath(import.meta.url);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) sourceFiles(path, out);
    else if ((CODE_EXT.has(extname(name)) || CODE_NAMES.has(name)) && name !== 'package-lock.json' && st.size < 2_000_000) out.push(path);
  }
  return out;
}

/** Relative path literals (`'../a'`, `"../../b"`, `` `../c` ``) in a text. */
export function relativeLiterals(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(['"`])((?:\.\.?\/)*\.\.(?:\/[^'"`\s]*)?)\1/g)) found.push(m[2]);
  return found;
}

/** Where a text names something outside any repository: the sibling shared/ folder or an absolute work path. */
export function outsideMentions(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\.\.\/)+shared\/|['"`]\/work\/[^'"`]*['"`]|['"`]\/tmp\/bash_jobs/g)) found.push(m[0]);
  return found;
}

/** The escapes in one file: literals that climb above `root` from the file's folder. */
export function escapes(file: string, text: string, root: string): string[] {
  const base = BASE_DIR[relative(root, file)] !== undefined ? join(root, BASE_DIR[relative(root, file)]) : dirname(file);
  const bad = relativeLiterals(text).filter((lit) => {
    const target = resolve(base, lit);
    const rel = relative(root, target);
    return rel === '..' || rel.startsWith(`..${sep}`);
  });
  return [...bad, ...outsideMentions(text)];
}

describe('the repository is self-contained', () => {
  it('the scanner catches paths that climb out of the root (and accepts ones that stay inside)', () => {
    const file = join(ROOT, 'tests', 'data', 'x.test.ts');
    // The bad path is assembled here so that this file itself holds no path out of the repository.
    const sibling = ['..', '..', '..', 'shared', 'seed', 'a.txt'].join('/');
    expect(escapes(file, `readFileSync(new URL('${sibling}', import.meta.url))`, ROOT)).toHaveLength(2);
    expect(escapes(file, "readFileSync(new URL('../../data/plans/p/plan.json', import.meta.url))", ROOT)).toEqual([]);
    expect(escapes(file, "const root = fileURLToPath(new URL('../..', import.meta.url));", ROOT)).toEqual([]);
    expect(escapes(file, "const up = fileURLToPath(new URL('../../..', import.meta.url));", ROOT)).toEqual(['../../..']);
    expect(escapes(join(ROOT, 'bench', 'run.ts'), "spawn('python3', ['/work/shared/x.py'])", ROOT)).toEqual(["'/work/shared/x.py'"]);
    // Vite resolves outDir against its root (ui/), so '../dist' stays inside; from the top level it would not.
    expect(escapes(join(ROOT, 'vite.config.ts'), "outDir: '../dist'", ROOT)).toEqual([]);
    expect(escapes(join(ROOT, 'other.config.ts'), "outDir: '../dist'", ROOT)).toEqual(['../dist']);
  });

  it('no source, test, script or config reads outside the repository root', () => {
    const files = sourceFiles(ROOT).filter((file) => file !== SELF);
    expect(files.length).toBeGreaterThan(100);
    const problems = files.flatMap((file) => escapes(file, readFileSync(file, 'utf8'), ROOT).map((lit) => `${relative(ROOT, file)}: ${lit}`));
    expect(problems).toEqual([]);
  });
});
