import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { atom } from 'nanostores';
const $count = atom(0);
@customElement('kontor-zz-tooling-check')
export class KontorZzToolingCheck extends LitElement {
  @property() label = 'x';
  override render() { return html`<p>${this.label} ${$count.get()}</p>`; }
  start(): Worker { return new Worker(new URL('./zz-worker.ts', import.meta.url), { type: 'module' }); }
}
