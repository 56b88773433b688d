/**
 * SKUs in the story backend's catalog: small enough to start in a moment, large enough to
 * page. Its own module, because Storybook's build config (the server-drawn listing) reads it
 * in Node, where the browser storefront's module cannot load.
 */
export const STORY_CATALOG_SIZE = 2000;
