/**
 * How stories are checked with axe, shared by the accessibility panel and the story test.
 * Stories show one element, not a page: rules about a whole page's landmarks and headings
 * do not apply to them (the addon already turns off `region`).
 */
export const axeOptions = {
  config: {
    rules: [
      { id: 'landmark-one-main', enabled: false },
      { id: 'page-has-heading-one', enabled: false },
    ],
  },
} as const;
