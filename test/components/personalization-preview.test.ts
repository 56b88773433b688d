import { expect, fixture, html } from '@open-wc/testing';
import '../../components/slot/slot.js';
import '../../components/personalization-preview/personalization-preview.js';
import type { KontorPersonalizationPreview } from '../../components/personalization-preview/personalization-preview.js';
import type { KontorSlot } from '../../components/slot/slot.js';
import { defineSegments, PREVIEW_PARAMETER, setPreview } from '../../sdk/personalization/index.js';
import { exclusiveStorage, seedProfile, settle, storedTraces } from '../sdk/helpers/personalization.js';

const select = (panel: KontorPersonalizationPreview) => panel.shadowRoot!.querySelector('select')!;
const choose = async (panel: KontorPersonalizationPreview, value: string) => {
  const element = select(panel);
  element.value = value;
  element.dispatchEvent(new Event('change'));
  await panel.updateComplete;
};
const text = (element: Element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

describe('<kontor-personalization-preview>', () => {
  exclusiveStorage();
  let page: HTMLElement;
  let slot: KontorSlot;
  let panel: KontorPersonalizationPreview;

  beforeEach(async () => {
    page = await fixture(html`<div>
      <kontor-slot name="hero">
        <template data-segment="returning"><p>Welcome back</p></template>
        <template data-segment="customer-group:cg-lab"><p>Lab</p></template>
        <template><p>Default</p></template>
      </kontor-slot>
      <kontor-personalization-preview></kontor-personalization-preview>
    </div>`);
    slot = page.querySelector('kontor-slot')!;
    panel = page.querySelector('kontor-personalization-preview')!;
    await panel.updateComplete;
  });
  afterEach(() => {
    setPreview(null);
    history.replaceState(null, '', location.pathname);
  });

  it('passes an axe check', async () => {
    await expect(panel).to.be.accessible();
  });

  it('offers the built-in segments and those the page’s slots use', () => {
    const options = [...select(panel).options].map((o) => o.value);
    expect(options).to.include.members(['', 'default', 'new', 'returning', 'logged-in', 'customer-group:cg-lab']);
  });

  it('views the page as a segment by keyboard, puts it in the address, and leaves storage alone', async () => {
    select(panel).focus();
    await choose(panel, 'customer-group:cg-lab');
    expect(slot.querySelector('p')!.textContent).to.equal('Lab');
    expect(new URL(location.href).searchParams.get(PREVIEW_PARAMETER)).to.equal('customer-group:cg-lab');
    expect(text(panel)).to.contain('Preview on');
    expect(panel.matches(':state(preview)')).to.equal(true);
    await choose(panel, 'default');
    expect(slot.querySelector('p')!.textContent).to.equal('Default');
    await choose(panel, '');
    expect(new URL(location.href).searchParams.has(PREVIEW_PARAMETER)).to.equal(false);
    await settle();
    expect(await storedTraces()).to.deep.equal({ localStorage: [], databases: [], cookies: '' });
  });

  it('says which segments the visitor is in, or that there is no consent', async () => {
    expect(text(panel)).to.contain('No consent for personalization');
    seedProfile({ visits: 3 });
    // A new view reads the snapshot; the panel follows the consent switch.
    await panel.updateComplete;
    expect(text(panel)).to.match(/This visitor is in: returning/);
  });

  it('lists segment definitions with errors', async () => {
    const error = console.error;
    console.error = () => undefined;
    try {
      defineSegments([{ id: 'oops', when: { field: 'visits', above: 2 } }], '#test');
    } finally {
      console.error = error;
    }
    await panel.updateComplete;
    expect(panel.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('Segment "oops": when: unknown operator "above"');
  });
});
