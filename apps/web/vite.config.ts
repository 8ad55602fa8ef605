/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Resolve everything relative to this folder so the config also works when it is
// loaded as a vitest project from the repository root.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react()],
  css: {
    postcss: root,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: 'http://localhost:3000',
        changeOrigin: false,
      },
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Long-lived vendor chunks, so app releases don't bust the framework cache.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/](@mantine|@floating-ui)[\\/]/ },
            // No catch-all vendor group: libraries used only by lazy pages (recharts on the staff
            // dashboard) stay in those pages' chunks instead of being preloaded for everyone.
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    root,
    environment: 'happy-dom',
    // Same-origin base so relative `/api/...` requests resolve like in the browser.
    environmentOptions: { happyDOM: { url: 'http://localhost:5173' } },
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    testTimeout: 20_000,
  },
});
