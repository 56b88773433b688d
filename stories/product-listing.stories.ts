import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { altered, failing, LONG_NAME, neverAnswers } from './decorators/faults.js';
import { reachesState, showsPart, showsText, storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import type { SearchResult, SearchSort } from '../src/index.js';
import '../components/product-listing/product-listing.js';
import drawnListingTag from 'virtual:kontor-drawn-listing';

interface ListingArgs {
  query: string;
  category: string;
  'page-size': number;
  paging: 'pages' | 'scroll';
  sort: SearchSort;
  view: 'grid' | 'list' | 'table';
  facets: string;
  'product-url': string;
}

/** Waits until the listing shows at least `count` product cards. */
async function cards(canvas: HTMLElement, count: number): Promise<void> {
  await until(
    () => (storyElement(canvas, 'kontor-product-listing').shadowRoot?.querySelectorAll('li.card:not(.skeleton)').length ?? 0) >= count,
    `${count} product cards`,
  );
}

const meta = {
  title: 'Elements/Product listing',
  component: 'kontor-product-listing',
  args: { query: '', category: 'fasteners', 'page-size': 6, paging: 'pages', sort: 'relevance', view: 'grid', facets: '', 'product-url': '#product-{sku}' },
  argTypes: {
    sort: { control: 'select', options: ['relevance', 'price-asc', 'price-desc', 'name', 'availability'] },
    view: { control: 'inline-radio', options: ['grid', 'list', 'table'] },
    paging: { control: 'inline-radio', options: ['pages', 'scroll'] },
    facets: { control: 'text', description: 'Facet keys in order, e.g. "category brand availability length"' },
    category: {
      control: 'select',
      options: ['', 'fasteners', 'bolts', 'nuts', 'washers', 'cables', 'gloves', 'tools', 'power-tools', 'pipes', 'fittings', 'lab'],
    },
  },
  render: (args) => html`<kontor-product-listing
    query=${args.query}
    category=${args.category}
    page-size=${args['page-size']}
    paging=${args.paging}
    sort=${args.sort}
    view=${args.view}
    facets=${args.facets}
    product-url=${args['product-url']}
  ></kontor-product-listing>`,
  play: async ({ canvasElement }) => {
    await cards(canvasElement, 1);
  },
} satisfies Meta<ListingArgs>;

export default meta;
type Story = StoryObj<ListingArgs>;

/** A category with the buyer's prices, stock and add to cart on each card. */
export const Default: Story = {};

/** Words instead of a category; sorted by price. */
export const Search: Story = { args: { query: 'hex nut', category: '', sort: 'price-asc' } };

/** As a list. */
export const ListView: Story = { args: { view: 'list' } };

/** Many results, many pages. */
export const ManyResults: Story = {
  args: { category: '', 'page-size': 24 },
  play: async ({ canvasElement }) => {
    await cards(canvasElement, 24);
    await showsPart(canvasElement, 'kontor-product-listing', 'nav.pager');
  },
};

/**
 * Every result in one scrolling list (`paging="scroll"`): only the rows in view are drawn,
 * and blocks of 100 load as they come into view. The table view keeps its pages.
 */
export const Scrolling: Story = {
  args: { category: '', paging: 'scroll', view: 'list' },
  play: async ({ canvasElement }) => {
    await until(
      () => (storyElement(canvasElement, 'kontor-product-listing').shadowRoot?.querySelectorAll('.virtual > .card:not(.skeleton)').length ?? 0) >= 3,
      'three rows of the scrolling list',
    );
  },
};

/** The scrolling list as a grid. */
export const ScrollingGrid: Story = {
  args: { category: 'fasteners', paging: 'scroll', view: 'grid' },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-product-listing', '.virtual > .card:not(.skeleton)');
  },
};

/** While results load, placeholders keep the grid's shape. */
export const Loading: Story = {
  parameters: { kontor: { faults: neverAnswers('search') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-product-listing', 'loading');
    await showsPart(canvasElement, 'kontor-product-listing', 'li.skeleton');
  },
};

/**
 * First results a server drew into the page (docs/server-rendering.md): the products paint
 * with the page's own HTML, before any script runs, and link to their pages without
 * JavaScript; prices and add to cart are grey until the element's live results, with the
 * buyer's prices, replace the drawing in place. Here the search never answers, so the drawing
 * stays. Storybook draws it when it builds, with `drawListingInto` (`kontor/server`) in Node,
 * from the stories' catalog (cables, 8 per page); the controls do not apply.
 */
export const DrawnOnAServer: Story = {
  name: 'Drawn on a server',
  parameters: { kontor: { faults: neverAnswers('search') }, controls: { disable: true } },
  render: () => {
    const page = document.createElement('div');
    // A declarative shadow root is attached only by a parser asked to: not by innerHTML.
    page.setHTMLUnsafe(drawnListingTag);
    return page;
  },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-product-listing', 'loading');
    const listing = storyElement(canvasElement, 'kontor-product-listing');
    await until(() => (listing.shadowRoot?.querySelectorAll('.snapshot li.card:not(.skeleton)').length ?? 0) === 8, 'the 8 drawn cards');
    await showsPart(canvasElement, 'kontor-product-listing', '.snapshot .price-pending');
  },
};

/** Nothing found. */
export const Empty: Story = {
  args: { query: 'zzzqqqxxx', category: '' },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-product-listing', 'empty');
  },
};

/** Search is down: the message and a retry button. */
export const ErrorState: Story = {
  name: 'Error',
  parameters: { kontor: { faults: failing('search') } },
  play: async ({ canvasElement }) => {
    await reachesState(canvasElement, 'kontor-product-listing', 'error');
    await showsPart(canvasElement, 'kontor-product-listing', '[role=alert] button');
  },
};

/** Product names far longer than usual. */
export const LongTexts: Story = {
  parameters: {
    kontor: {
      faults: altered('search', (result) => {
        const { hits, ...rest } = result as SearchResult;
        return { ...rest, hits: hits.map((hit) => ({ ...hit, product: { ...hit.product, name: `${hit.product.name}: ${LONG_NAME}` } })) };
      }),
    },
  },
};

/** German labels, prices and product texts. */
export const German: Story = {
  globals: GERMAN,
  play: async ({ canvasElement }) => {
    await cards(canvasElement, 1);
    await showsText(canvasElement, 'kontor-product-listing', 'Produkte');
  },
};

/** Dark scheme. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };

/** The listing's shadow root in a story. */
function listing(canvas: HTMLElement): ShadowRoot {
  return storyElement(canvas, 'kontor-product-listing').shadowRoot!;
}

/** Variant families as compact tables, their axes as columns. */
export const TableView: Story = {
  args: { category: 'bolts', view: 'table', 'page-size': 12 },
  play: async ({ canvasElement }) => {
    await showsPart(canvasElement, 'kontor-product-listing', 'table.family');
  },
};

/** A brand chosen: its chip, "Clear all", and the other brands still counted. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    await cards(canvasElement, 1);
    const box = await until(() => listing(canvasElement).querySelector<HTMLInputElement>('[data-facet="brand"] input[type=checkbox]'), 'a brand');
    box.click();
    await showsPart(canvasElement, 'kontor-product-listing', '.chips .chip');
  },
};

/** Chosen facets only, in the editor's order. */
export const ChosenFacets: Story = { args: { facets: 'availability brand category' } };

/** A facet with hundreds of values: a filter box, and only the rows in view are rendered. */
export const LongFacet: Story = {
  parameters: {
    kontor: {
      faults: altered('search', (result) => {
        const { facets, ...rest } = result as SearchResult;
        const many = Array.from({ length: 400 }, (_, i) => ({ value: `Supplier ${String(i + 1).padStart(3, '0')}`, count: 400 - i }));
        return { ...rest, facets: [{ key: 'supplier', label: 'Supplier', type: 'terms', values: many }, ...facets] };
      }),
    },
  },
  play: async ({ canvasElement }) => {
    await cards(canvasElement, 1);
    const more = await until(() => listing(canvasElement).querySelector<HTMLButtonElement>('[data-facet="supplier"] button.more'), 'show all');
    more.click();
    await showsPart(canvasElement, 'kontor-product-listing', '[data-facet="supplier"] input[type=search]');
  },
};

/** Facet values and labels far longer than usual. */
export const LongFacetValues: Story = {
  parameters: {
    kontor: {
      faults: altered('search', (result) => {
        const { facets, ...rest } = result as SearchResult;
        return { ...rest, facets: facets.map((f) => (f.type === 'terms' && f.key === 'brand' ? { ...f, label: `Brand: ${LONG_NAME}`, values: f.values.map((v) => ({ ...v, value: `${v.value} ${LONG_NAME}` })) } : f)) };
      }),
    },
  },
};

/** Facets in a drawer on a phone: opened. */
export const NarrowDrawer: Story = {
  tags: ['narrow'],
  globals: NARROW,
  play: async ({ canvasElement }) => {
    await cards(canvasElement, 1);
    listing(canvasElement).querySelector<HTMLButtonElement>('.open-facets')!.click();
    await until(() => listing(canvasElement).querySelector('dialog[open]'), 'the open drawer');
  },
};
