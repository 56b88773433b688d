/**
 * The demo shop as an installable app: vite-plugin-pwa builds Kontor's service worker
 * (sdk/pwa/sw.ts) with the precache list of the built demo, and writes the web app manifest
 * and its <link> into every page. Only the demo build uses it (vite.config.ts).
 */
import { join } from 'node:path';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Accent and page colours of the demo theme (demo/site.css). */
const THEME_COLOR = '#0b57d0';
const BACKGROUND_COLOR = '#ffffff';

/** The PWA plugin for the demo build; `root` is the repository. */
export function demoPwa(root: string): PluginOption[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: join(root, 'sdk', 'pwa'),
    filename: 'sw.ts',
    // The demo registers through sdk/pwa (update flow with a reload button), not the plugin.
    injectRegister: false,
    registerType: 'prompt',
    injectManifest: {
      // Classic script: a CMS's own worker file pulls it in with importScripts().
      rollupFormat: 'iife',
      globPatterns: ['**/*.{html,js,css,png,svg,webmanifest}'],
      // The embedded backend's worker carries the catalog generator.
      // Screenshots are for install dialogs, not for using the shop offline.
      globIgnores: ['screenshots/**'],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
    manifest: {
      id: './',
      name: 'Rheinwerk Industriebedarf',
      short_name: 'Rheinwerk',
      description: 'Order production and maintenance supplies at your prices, also offline.',
      lang: 'en',
      start_url: './index.html',
      scope: './',
      display: 'standalone',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND_COLOR,
      categories: ['business', 'shopping'],
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
      screenshots: [
        { src: 'screenshots/wide.png', sizes: '1280x720', type: 'image/png', form_factor: 'wide', label: 'Product listing with customer prices' },
        { src: 'screenshots/narrow.png', sizes: '540x960', type: 'image/png', form_factor: 'narrow', label: 'The shop on a phone' },
      ],
    },
  });
}
