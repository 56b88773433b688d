// Vendure configuration of the test backend. Vendure is loaded through require because it is
// published as CommonJS; nothing here is part of Kontor's own code or bundles.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { DefaultSearchPlugin, dummyPaymentHandler, LanguageCode } = require('@vendure/core');

/**
 * B2B fields a Kontor shop on Vendure declares on orders and order lines. The adapter writes
 * them with `setOrderCustomFields` and the `customFields` of order line mutations.
 */
export const kontorCustomFields = {
  Order: [
    { name: 'poNumber', type: 'string', nullable: true },
    { name: 'costCenterId', type: 'string', nullable: true },
    { name: 'requestedDeliveryDate', type: 'string', nullable: true },
    { name: 'partialDelivery', type: 'boolean', nullable: true },
    { name: 'orderComment', type: 'text', nullable: true },
    { name: 'kontorPaymentMethod', type: 'string', nullable: true },
    // Which of the customer's addresses the buyer chose; Vendure keeps only copies.
    { name: 'billToId', type: 'string', nullable: true },
    { name: 'shipToId', type: 'string', nullable: true },
    // Lets a retry after a lost reply find the order it already placed.
    { name: 'idempotencyKey', type: 'string', nullable: true },
  ],
  OrderLine: [{ name: 'note', type: 'string', nullable: true }],
};

/**
 * The configuration for one server.
 * @param {{ port: number, dbFile: string, synchronize: boolean }} options
 */
export function vendureConfig({ port, dbFile, synchronize }) {
  return {
    apiOptions: {
      hostname: '127.0.0.1',
      port,
      adminApiPath: 'admin-api',
      shopApiPath: 'shop-api',
      cors: { origin: true, credentials: true },
    },
    authOptions: {
      // Browsers on another origin carry the session as a bearer token, not a cookie.
      tokenMethod: 'bearer',
      requireVerification: false,
      superadminCredentials: { identifier: 'superadmin', password: 'superadmin' },
    },
    dbConnectionOptions: {
      type: 'sqljs',
      location: dbFile,
      autoSave: true,
      synchronize,
      logging: false,
    },
    paymentOptions: { paymentMethodHandlers: [dummyPaymentHandler] },
    customFields: kontorCustomFields,
    // B2B buyers plan with quantities: show the saleable count instead of IN_STOCK / OUT_OF_STOCK.
    catalogOptions: { stockDisplayStrategy: { getStockLevel: (_ctx, _variant, saleable) => String(Math.max(0, saleable)) } },
    defaultLanguageCode: LanguageCode.en,
    plugins: [DefaultSearchPlugin.init({ bufferUpdates: false, indexStockStatus: true })],
  };
}
