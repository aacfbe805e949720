/**
 * esbuild turns every top-level `const` of a bundle into `var` (a deliberate choice, for Safari); in
 * V8 that made the kernel 20% slower (measured: 650 ms against 530 ms per million paths on one core),
 * as V8 no longer knows the typed-array tables are constants. Our sources declare only constants at
 * the top level, so the declarations from our own files are turned back into `const`.
 * Plain JavaScript so that scripts/build.mjs can use it without a TypeScript loader.
 * @param {string} bundle
 * @returns {string}
 */
export function restoreConsts(bundle) {
  let ours = false;
  return bundle
    .split('\n')
    .map((line) => {
      // esbuild marks each file's code with a `// <path>` comment.
      if (line.startsWith('// ')) ours = /\b(engine|runtime)\//.test(line) && !line.includes('node_modules');
      return ours && line.startsWith('var ') ? `const ${line.slice(4)}` : line;
    })
    .join('\n');
}
