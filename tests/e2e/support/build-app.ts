/** Builds the web app with Vite's JavaScript API into `outDir` (quiet; a few seconds). */
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export async function buildApp(outDir: string): Promise<void> {
  await build({ configFile: `${ROOT}vite.config.ts`, root: `${ROOT}ui`, logLevel: 'error', build: { outDir, emptyOutDir: true } });
}
