// Vite settings for Storybook only (see main.ts): module workers, as the reference backend
// runs in one, and the same modern target as the library build.
import { defineConfig } from 'vite';

export default defineConfig({
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
