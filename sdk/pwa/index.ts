/**
 * Progressive web app helpers: service worker registration with an update flow, and the
 * install offer. The service worker itself is `sdk/pwa/sw.ts` (docs/pwa.md).
 */
export { registerServiceWorker, type PwaRegistration, type RegisterOptions, type ServiceWorkerStatus } from './register.js';
export { $installable, listenForInstallPrompt, promptInstall, type BeforeInstallPromptEvent, type InstallOutcome } from './install.js';
export { $online } from '../../src/state/connectivity.js';
