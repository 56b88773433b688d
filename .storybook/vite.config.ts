// Vite settings for Storybook only (see main.ts): module workers, as the reference backend
// runs in one, and the same modern target as the library build. drawnListing() gives the
// server-drawn listing story its drawing.
import { defineConfig } from 'vite';
import { drawnListing } from './drawn-listing.js';

export default defineConfig({
  plugins: [drawnListing()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4096 },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
});
