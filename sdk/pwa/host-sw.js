// Kontor's service worker, served by the host site from its OWN origin (browsers accept a
// service worker only from the page's origin). Copy this file to the site's root as
// /kontor-sw.js (its folder is the part of the site it covers), set KONTOR_CDN to the folder
// that holds Kontor's kontor.js on your CDN, and register it from your pages:
//
//   <script type="module">
//     import { registerServiceWorker } from 'https://cdn.example.com/kontor/sdk/pwa.js';
//     registerServiceWorker('/kontor-sw.js');
//   </script>
//
// The imported worker precaches Kontor's files from the CDN, caches catalog answers, images
// and the pages buyers visit, and never caches session, cart or order calls; see docs/pwa.md.

// The folder of Kontor's files on your CDN, with the trailing slash.
self.KONTOR_CDN = 'https://cdn.example.com/kontor/';

// Optional: a page of your site shown offline instead of a page never visited before.
// self.KONTOR_OFFLINE_PAGE = '/offline.html';

importScripts(`${self.KONTOR_CDN}sw.js`);
