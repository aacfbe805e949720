/** Turns esbuild's top-level `var`s from engine/ and runtime/ files back into `const` (see restore-consts.mjs). */
export function restoreConsts(bundle: string): string;
