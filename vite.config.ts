/**
 * Vite build of the Planpath web app (sources in ui/). `npm start` builds it to dist/ and serves it.
 * - plotly.js is used as a partial bundle (ui/charts/plotly.ts); its dependencies expect Node's `global`.
 * - plotly's registry requires maplibre's CSS even when no map trace is registered: resolved to an empty module.
 * - `optimizeDeps.include` lists the worker's dependencies so `vite dev` does not reload on first use.
 */
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const EMPTY_CSS = '\0planpath-empty-css';

/** Resolves maplibre-gl's stylesheet (pulled in by plotly's registry) to nothing. */
function stubMaplibreCss(): Plugin {
  return {
    name: 'planpath-stub-maplibre-css',
    enforce: 'pre',
    resolveId(id) {
      return /maplibre-gl.*\.css$/.test(id) ? EMPTY_CSS : null;
    },
    load(id) {
      return id === EMPTY_CSS ? '' : null;
    },
  };
}

export default defineConfig({
  root: 'ui',
  base: './',
  publicDir: false,
  plugins: [stubMaplibreCss(), react()],
  define: { global: 'globalThis' },
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      // The engine is pure (no side effects at import, see STYLE.md): unused parts, such as the
      // goal-seek solver and its linear-algebra dependency, stay out of the initial chunk.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/](engine|data|scenarios)[\\/]/.test(id) },
    },
  },
  worker: { format: 'es' },
  optimizeDeps: { include: ['comlink', 'react', 'react-dom/client', 'plotly.js/lib/core', 'plotly.js/lib/scatter', 'plotly.js/lib/bar'] },
  server: { port: 5173 },
  preview: { port: 5173 },
});
