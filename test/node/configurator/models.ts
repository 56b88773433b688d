/** The reference backend's configuration models, for the engine's tests. */
import { generateCatalog } from '../../../src/reference/catalog/generate.js';
import { configurationModelOf } from '../../../src/reference/configurator/index.js';
import type { ConfigurationModel } from '../../../src/configurator/index.js';

const catalog = generateCatalog({ size: 2000 });

/** One model per kind of configurable product, in both languages. */
export const MODELS: readonly ConfigurationModel[] = (['en', 'de'] as const).flatMap((locale) => {
  const seen = new Set<string>();
  return catalog.items.flatMap((item) => {
    const model = configurationModelOf(item, locale);
    if (!model || seen.has(model.codePrefix.slice(0, 2))) return [];
    seen.add(model.codePrefix.slice(0, 2));
    return [model];
  });
});
