/**
 * The dashboard's build: `vite build web` (or `npm run build:web`) writes web/dist,
 * which `corridor start` and `corridor serve` serve at `/`. `vite web` serves it for
 * development, sending /api to a corridor server on 127.0.0.1:8080.
 * No asset is inlined as a data: URL (the page's CSP allows none).
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1_000,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
