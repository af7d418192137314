import { defineConfig } from 'vite';

// The UI is built into dist/web, which `corroborate serve` serves (src/server/static.ts).
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // One small script and one stylesheet: nothing worth splitting or inlining.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
