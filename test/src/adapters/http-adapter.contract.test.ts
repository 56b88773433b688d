import { defineContractSuite } from '../../../src/commerce/contract-suite.js';
import { createHttpAdapter } from '../../../src/adapters/http/http-adapter.js';
import { memoryTokenStorage } from '../../../src/adapters/rest/token-storage.js';

declare global {
  interface Window {
    /** Base URL of the Node API server the test runner started for this run. */
    KONTOR_TEST_API_URL?: string;
  }
}

const baseUrl = window.KONTOR_TEST_API_URL;
if (!baseUrl) throw new Error('The test runner did not start the Node API server (KONTOR_TEST_API_URL is unset).');

defineContractSuite('http adapter (reference backend in Node)', {
  createAdapter: () => createHttpAdapter({ baseUrl, tokenStorage: memoryTokenStorage() }),
}, { describe, it });
