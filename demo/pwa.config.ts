/**
 * Kontor's two service worker builds with vite-plugin-pwa (vite.config.ts):
 * - the demo shop as an installable app: sdk/pwa/sw.ts with the precache list of the built
 *   demo, and the web app manifest with its <link> in every page;
 * - the CDN's worker (dist/cdn/sw.js): sdk/pwa/cdn/sw.ts with the precache list of the CDN
 *   files, for a CMS's own worker file to import (sdk/pwa/host-sw.js, docs/pwa.md).
 */
import { join } from 'node:path';
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Hashed file names (`chunks/cart-MncA_vGG.js`) are their own revision. */
const HASHED_NAME = /-[\w-]{8}\.js$/;

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
      // Classic script, like the CDN's: module service workers are not supported everywhere.
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

/**
 * The PWA plugin for the CDN build: `sw.js` next to the loader, precaching the loader and
 * every chunk (a CMS page may use any tag offline). No manifest: that is the host site's.
 */
export function cdnPwa(root: string): PluginOption[] {
  return VitePWA({
    strategies: 'injectManifest',
    srcDir: join(root, 'sdk', 'pwa', 'cdn'),
    filename: 'sw.ts',
    injectRegister: false,
    manifest: false,
    injectManifest: {
      // Classic script: the host's worker file pulls it in with importScripts().
      rollupFormat: 'iife',
      globPatterns: ['**/*.{js,css}'],
      dontCacheBustURLsMatching: HASHED_NAME,
      // The embedded backend's worker carries the catalog generator.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
  });
}
