import { expect, fixture, html } from '@open-wc/testing';
import '../../components/slot/slot.js';
import type { KontorSlot } from '../../components/slot/slot.js';
import type { PersonalizeDetail } from '../../components/shared/events.js';
import { defineSegments, forget, setPreview } from '../../sdk/personalization/index.js';
import { emit } from '../../components/shared/events.js';
import { exclusiveStorage, seedProfile, settle, storedTraces } from '../sdk/helpers/personalization.js';

const hero = html`<kontor-slot name="hero" min-height="240px">
  <template data-segment="returning"><h2 id="hero-title">Welcome back</h2></template>
  <template data-segment="customer-group:cg-lab" data-variant="lab-hero"><h2>Lab supplies at your prices</h2></template>
  <template data-segment="logged-in"><h2>Your account</h2></template>
  <h2 id="hero-title">Everything your production needs</h2><a href="category.html">Browse</a>
</kontor-slot>`;

const shown = (slot: Element): string =>
  [...slot.children].filter((n) => !(n instanceof HTMLTemplateElement)).map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();

describe('<kontor-slot>', () => {
  exclusiveStorage();
  afterEach(async () => {
    setPreview(null);
    await forget();
  });

  it('passes an axe check', async () => {
    const slot = await fixture<KontorSlot>(hero);
    await expect(slot).to.be.accessible();
  });

  it('shows the default without consent and reports it', async () => {
    const events: PersonalizeDetail[] = [];
    const listener = (e: CustomEvent<PersonalizeDetail>) => events.push(e.detail);
    document.addEventListener('kontor-personalize', listener);
    const slot = await fixture<KontorSlot>(hero);
    document.removeEventListener('kontor-personalize', listener);
    expect(shown(slot)).to.equal('Everything your production needs Browse');
    expect(slot.matches(':state(default)')).to.equal(true);
    expect(events).to.deep.equal([{ slot: 'hero', variant: 'default', segment: null, preview: false }]);
    // The default's link is a real, focusable element of the page.
    slot.querySelector('a')!.focus();
    expect(document.activeElement).to.equal(slot.querySelector('a'));
  });

  it('its own content is the default: the very nodes the page wrote, back after a variant was previewed', async () => {
    const slot = await fixture<KontorSlot>(hero);
    const heading = slot.querySelector('h2');
    expect(heading?.textContent).to.equal('Everything your production needs');
    setPreview(['returning']);
    // Taken out, not hidden: one heading with the id on the page, the variant's.
    expect([...document.querySelectorAll('#hero-title')].map((h) => h.textContent)).to.deep.equal(['Welcome back']);
    setPreview([]);
    expect(slot.querySelector('h2')).to.equal(heading);
    expect(shown(slot)).to.equal('Everything your production needs Browse');
  });

  it('a visitor’s variant replaces the default before anything else runs', async () => {
    seedProfile({ visits: 2 });
    const slot = await fixture<KontorSlot>(hero);
    expect(shown(slot)).to.equal('Welcome back');
    expect(slot.querySelectorAll('h2')).to.have.length(1);
    expect(slot.decision).to.deep.equal({ variant: 'returning', segment: 'returning', preview: false });
  });

  it('still reads a template without a segment as the default when the slot has no content of its own', async () => {
    const slot = await fixture<KontorSlot>(html`<kontor-slot name="older"><template data-segment="returning"><p>Back</p></template><template><p>Older default</p></template></kontor-slot>`);
    expect(shown(slot)).to.equal('Older default');
    expect(slot.decision?.variant).to.equal('default');
  });

  it('chooses the matching segment with the highest priority, and names the variant', async () => {
    seedProfile({ visits: 4, loggedIn: true, customerGroup: 'cg-lab' });
    const slot = await fixture<KontorSlot>(hero);
    expect(shown(slot)).to.equal('Lab supplies at your prices');
    expect(slot.decision).to.deep.equal({ variant: 'lab-hero', segment: 'customer-group:cg-lab', preview: false });
    expect(slot.matches(':state(personalized)')).to.equal(true);
  });

  it('on equal priority the variant listed first wins; one template may serve several segments', async () => {
    seedProfile({ visits: 2 });
    defineSegments([
      { id: 'tie-b', priority: 70, when: { field: 'visits', gte: 2 } },
      { id: 'tie-a', priority: 70, when: { field: 'returning', equals: true } },
    ]);
    const slot = await fixture<KontorSlot>(html`<kontor-slot name="tie">
      <template data-segment="nobody tie-a"><p>A</p></template>
      <template data-segment="tie-b"><p>B</p></template>
    </kontor-slot>`);
    expect(shown(slot)).to.equal('A');
    expect(slot.decision?.segment).to.equal('tie-a');
  });

  it('keeps the visitor’s variant for the whole view while the profile changes', async () => {
    seedProfile({ visits: 2 });
    const slot = await fixture<KontorSlot>(hero);
    expect(shown(slot)).to.equal('Welcome back');
    seedProfile({ visits: 2, loggedIn: true, customerGroup: 'cg-lab' });
    emit(document, 'kontor-product-view', { sku: 'KT-1', categoryIds: ['lab'] });
    await settle();
    expect(shown(slot)).to.equal('Welcome back');
  });

  it('shows nothing but keeps its space when no variant fits and there is no default', async () => {
    const slot = await fixture<KontorSlot>(html`<kontor-slot name="empty" min-height="120px"><template data-segment="returning"><p>Back</p></template></kontor-slot>`);
    expect(shown(slot)).to.equal('');
    expect(slot.getBoundingClientRect().height).to.equal(120);
  });

  it('reserves the declared height or aspect ratio and ignores (with a warning) values that are not CSS', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const tall = await fixture<KontorSlot>(html`<kontor-slot name="a" min-height="240px"><template><p>x</p></template></kontor-slot>`);
      expect(tall.getBoundingClientRect().height).to.equal(240);
      const wide = await fixture<KontorSlot>(html`<div style="width: 400px"><kontor-slot name="b" aspect-ratio="4 / 1"><template><p style="margin:0">x</p></template></kontor-slot></div>`);
      expect(wide.firstElementChild!.getBoundingClientRect().height).to.equal(100);
      const bad = await fixture<KontorSlot>(html`<kontor-slot name="c" min-height="tall"><template><p>x</p></template></kontor-slot>`);
      expect(getComputedStyle(bad).minHeight).to.equal('0px');
      expect(warnings).to.deep.equal(['Kontor: <kontor-slot name="c"> ignores min-height="tall", which is not a CSS min-height.']);
    } finally {
      console.warn = warn;
    }
  });

  it('a segment with a malformed definition is reported by name and the slot shows its default', async () => {
    seedProfile({ visits: 5 });
    const errors: string[] = [];
    const error = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const problems = defineSegments('[{"id":"heavy-users","when":{"field":"visits","gte":"3"}}]', '#hero-segments');
      expect(problems.map((p) => p.message)).to.deep.equal(['Segment "heavy-users": when: "gte" on visits (number) needs a number on a number field']);
      expect(errors).to.deep.equal(['Kontor personalization: Segment "heavy-users": when: "gte" on visits (number) needs a number on a number field']);
    } finally {
      console.error = error;
    }
    const slot = await fixture<KontorSlot>(html`<kontor-slot name="x"><template data-segment="heavy-users"><p>Heavy</p></template><template><p>Default</p></template></kontor-slot>`);
    expect(shown(slot)).to.equal('Default');
  });

  it('decides when its variants arrive after it connected (a CMS widget filling it in)', async () => {
    seedProfile({ visits: 2 });
    const slot = await fixture<KontorSlot>(html`<kontor-slot name="late"></kontor-slot>`);
    expect(slot.decision).to.equal(null);
    slot.innerHTML = '<template data-segment="returning"><p>Back</p></template><template><p>Default</p></template>';
    await settle();
    expect(shown(slot)).to.equal('Back');
    expect(slot.decision?.segment).to.equal('returning');
  });

  it('previews a segment live without consent and without writing anything', async () => {
    const slot = await fixture<KontorSlot>(hero);
    const events: PersonalizeDetail[] = [];
    slot.addEventListener('kontor-personalize', (e) => events.push(e.detail));
    setPreview(['returning']);
    expect(shown(slot)).to.equal('Welcome back');
    expect(slot.matches(':state(preview)')).to.equal(true);
    setPreview([]);
    expect(shown(slot)).to.equal('Everything your production needs Browse');
    setPreview(null);
    expect(slot.matches(':state(preview)')).to.equal(false);
    expect(events.map((e) => [e.variant, e.preview])).to.deep.equal([['returning', true], ['default', true], ['default', false]]);
    await settle();
    expect(await storedTraces()).to.deep.equal({ localStorage: [], databases: [], cookies: '' });
  });
});
