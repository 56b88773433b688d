/**
 * Progressive web app helpers: service worker registration with an update flow, and the
 * install offer. The service workers are `sdk/pwa/sw.ts` (the demo app) and
 * `sdk/pwa/cdn/sw.ts` (the CDN's, imported by a CMS's `host-sw.js`); see docs/pwa.md.
 */
export { registerServiceWorker, type PwaRegistration, type RegisterOptions, type ServiceWorkerStatus } from './register.js';
export { $installable, listenForInstallPrompt, promptInstall, type BeforeInstallPromptEvent, type InstallOutcome } from './install.js';
export { $online } from '../../src/state/connectivity.js';
