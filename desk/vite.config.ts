// The desk's build: Preact + TypeScript, served by Spotter under /desk/ (hashed files in assets/).
// `vite` (npm run dev) serves it with live reload on :5173/desk/ and passes /api on to the API.
import { defineConfig } from 'vite'

export default defineConfig({
  root: import.meta.dirname,
  base: '/desk/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'assets',
    // No inline scripts or module-preload polyfill: the CSP allows scripts from 'self' only.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 600,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': `http://127.0.0.1:${process.env.PORT ?? 5000}` },
  },
})
