import { createContext } from '@lit/context';
import type { Commerce } from './state/commerce.js';

/**
 * The context key under which a {@link Commerce} is provided to elements. The key is a
 * global symbol so that two copies of the bundle on one page still find each other's
 * provider.
 */
export const commerceContext = createContext<Commerce | undefined>(Symbol.for('kontor.commerce'));
