// The contract suite against a live Vendure: every case for a capability the adapter
// declares must pass; the others are reported as skipped.
import { describe, it } from 'node:test';
import { defineContractSuite } from '../../src/commerce/contract-suite.js';
import { fixtures, vendureAdapter } from './helpers.js';

defineContractSuite('Vendure Shop API', { createAdapter: () => vendureAdapter(), fixtures }, { describe, it });
