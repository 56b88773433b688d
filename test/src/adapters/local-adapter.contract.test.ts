import { defineContractSuite } from '../../../src/commerce/contract-suite.js';
import { createLocalAdapter, startReferenceWorker } from '../../../src/adapters/local/local-adapter.js';
import { memoryTokenStorage } from '../../../src/adapters/rest/token-storage.js';

// One worker for the whole suite (as on a page); each case gets its own session.
const worker = startReferenceWorker({ catalogSize: 2000 });

defineContractSuite('local adapter (reference backend in a Web Worker)', {
  createAdapter: () => createLocalAdapter({ worker, tokenStorage: memoryTokenStorage() }),
}, { describe, it });
