/** Adapters that ship with Kontor. */
export { RestCommerceAdapter, type RestAdapterOptions } from './rest/rest-adapter.js';
export { memoryTokenStorage, localTokenStorage, type TokenStorage } from './rest/token-storage.js';
export type { Transport, WireRequest, WireResponse, WorkerBackendApi } from './rest/wire.js';
export { createHttpAdapter, fetchTransport, type HttpAdapterOptions } from './http/http-adapter.js';
export {
  createLocalAdapter,
  startReferenceWorker,
  type LocalAdapterOptions,
  type ReferenceWorker,
} from './local/local-adapter.js';
export { faultyNetwork, withFaults, type FaultPlan, type FaultRule, type FaultyNetwork, type AdapterMethod } from './fault/fault-adapter.js';
export {
  createVendureAdapter,
  VendureCommerceAdapter,
  type VendureAdapterOptions,
  type VendureRegistration,
} from './vendure/vendure-adapter.js';
