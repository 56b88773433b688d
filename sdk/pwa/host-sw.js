// Kontor's service worker, served by the host site from its OWN origin (browsers accept a
// service worker only from the page's origin). Copy this file to the site's root, e.g. as
// /kontor-sw.js, set the address of Kontor's worker on your CDN below, and register it:
//
//   <script type="module">
//     import { registerServiceWorker } from 'https://cdn.example.com/kontor/sdk/pwa.js';
//     registerServiceWorker('/kontor-sw.js');
//   </script>
//
// The imported worker caches Kontor's files from the CDN, catalog answers and images, and
// keeps the pages working offline; see docs/pwa.md.
importScripts('https://cdn.example.com/kontor/sw.js');
