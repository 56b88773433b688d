/**
 * Toolbar settings that the language, scheme, viewport and density stories of every element
 * share. (Each story file still writes its `tags` literally: Storybook reads them without
 * running the file, and the story test sizes the window from the `narrow` tag.)
 */

/** German labels, prices and product texts. */
export const GERMAN = { locale: 'de' } as const;

/** The dark scheme, as a page sets it through the tokens. */
export const DARK = { scheme: 'dark' } as const;

/** Compact density (`--kontor-space: 2px`). */
export const COMPACT = { density: 'compact' } as const;

/** A phone-sized viewport. */
export const NARROW = { viewport: { value: 'mobile1', isRotated: false } } as const;

/** Width and height the story test uses for stories tagged `narrow` (as the `mobile1` viewport). */
export const NARROW_SIZE = { width: 320, height: 568 } as const;
