import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { storyElement, until } from './decorators/play.js';
import { COMPACT, DARK, GERMAN, NARROW } from './decorators/variants.js';
import { setPreview } from '../sdk/personalization/index.js';
import '../components/slot/slot.js';

/** Segments the story's variants are written for ('none': the visitor's own; 'default': nobody). */
type Preview = 'none' | 'new' | 'returning' | 'logged-in' | 'customer-group:cg-industry' | 'default';

interface SlotArgs {
  preview: Preview;
  'min-height': string;
  'aspect-ratio': string;
}

/** Applies the story's preview (a real visitor's variant comes from their profile). */
function preview(value: Preview): void {
  setPreview(value === 'none' ? null : value === 'default' ? [] : [value]);
}

/** The hero: its variants and, as the slot's own content, the default (in the story's language). */
function variants(german: boolean) {
  return german
    ? html`<template data-segment="new"><h2>Willkommen bei Rheinwerk</h2><p>Fragen Sie ein Geschäftskonto an, um Ihre Preise zu sehen.</p></template>
        <template data-segment="returning"><h2>Schön, dass Sie wieder da sind</h2><p>Die Produkte, die Sie angesehen haben, warten auf Sie.</p></template>
        <template data-segment="logged-in"><h2>Ihre Preise sind aktiv</h2><p>Bestellen Sie Ihre üblichen Artikel mit wenigen Klicks nach.</p></template>
        <template data-segment="customer-group:cg-industry"><h2>Befestigungstechnik zu Ihren Gruppenpreisen</h2><p>Staffelpreise ab dem ersten Karton.</p></template>
        <h2>Alles, was Ihre Fertigung braucht</h2>
        <p>20.000 Artikel aus drei Lagern.</p>`
    : html`<template data-segment="new"><h2>Welcome to Rheinwerk</h2><p>Ask for a business account to see your prices.</p></template>
        <template data-segment="returning"><h2>Welcome back</h2><p>The products you viewed are waiting.</p></template>
        <template data-segment="logged-in"><h2>Your prices are active</h2><p>Reorder your usual items in a few clicks.</p></template>
        <template data-segment="customer-group:cg-industry"><h2>Fasteners at your group prices</h2><p>Volume tiers from the first box.</p></template>
        <h2>Everything your production needs</h2>
        <p>20,000 items from three warehouses.</p>`;
}

/** Waits until the slot placed a variant, and checks it is the one the story is about. */
async function placed(canvas: HTMLElement, segment: string | null): Promise<void> {
  const slot = storyElement(canvas, 'kontor-slot');
  await until(() => slot.decision && slot.decision.segment === segment, `the variant for ${segment ?? 'the default'}`);
}

const meta = {
  title: 'Personalization/Slot',
  component: 'kontor-slot',
  args: { preview: 'none', 'min-height': '8rem', 'aspect-ratio': '' },
  argTypes: { preview: { control: 'select', options: ['none', 'new', 'returning', 'logged-in', 'customer-group:cg-industry', 'default'] } },
  render: (args, { globals }) => {
    preview(args.preview);
    return html`<kontor-slot name="hero" min-height=${args['min-height'] || ''} aspect-ratio=${args['aspect-ratio'] || ''}>${variants(globals['locale'] === 'de')}</kontor-slot>`;
  },
  play: async ({ canvasElement }) => {
    await placed(canvasElement, null);
  },
} satisfies Meta<SlotArgs>;

export default meta;
type Story = StoryObj<SlotArgs>;

/** Without consent or preview: the default, which is the slot's own content. */
export const Default: Story = {};

/** Previewed as a returning visitor. */
export const Returning: Story = {
  args: { preview: 'returning' },
  play: async ({ canvasElement }) => {
    await placed(canvasElement, 'returning');
  },
};

/** Previewed as a logged-in buyer. */
export const LoggedIn: Story = {
  args: { preview: 'logged-in' },
  play: async ({ canvasElement }) => {
    await placed(canvasElement, 'logged-in');
  },
};

/** Previewed as a member of the industry customer group (priority over returning). */
export const CustomerGroup: Story = {
  args: { preview: 'customer-group:cg-industry' },
  play: async ({ canvasElement }) => {
    await placed(canvasElement, 'customer-group:cg-industry');
  },
};

/** Markup written before defaults were content: a `<template>` without a segment is the default. */
export const TemplateDefault: Story = {
  render: (args) => {
    preview(args.preview);
    return html`<kontor-slot name="hero" min-height=${args['min-height']}>
      <template data-segment="returning"><h2>Welcome back</h2></template>
      <template><h2>Everything your production needs</h2><p>The default, written as a template.</p></template>
    </kontor-slot>`;
  },
};

/** The space is reserved by an aspect ratio instead of a height. */
export const AspectRatio: Story = { args: { 'min-height': '', 'aspect-ratio': '4 / 1' } };

/** The variants arrive after the slot (a CMS widget fills it later): it decides then. */
export const LateVariants: Story = {
  render: (args) => {
    preview(args.preview);
    return html`<kontor-slot name="hero" min-height=${args['min-height']}></kontor-slot>`;
  },
  play: async ({ canvasElement }) => {
    const slot = storyElement(canvasElement, 'kontor-slot');
    const template = document.createElement('template');
    template.innerHTML = '<h2>Everything your production needs</h2><p>Placed when the variants arrived.</p>';
    slot.append(template);
    await placed(canvasElement, null);
  },
};

/** German variants, as a German page writes them. */
export const German: Story = { globals: GERMAN };

/** Dark scheme: the variant follows the page's colours. */
export const Dark: Story = { globals: DARK };

/** A phone-sized viewport. */
export const Narrow: Story = { tags: ['narrow'], globals: NARROW };

/** Compact density. */
export const Compact: Story = { globals: COMPACT };
