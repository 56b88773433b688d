import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { NotFoundError, createResource, formatMoney, type Cart, type ConfiguredPrice } from '../../src/index.js';
import {
  canonical,
  initialConfiguration,
  parseConfiguration,
  pick,
  serializeConfiguration,
  withValue,
  type Configuration,
  type ConfigurationModel,
  type ConfigurationValue,
  type Fix,
} from '../../src/configurator/index.js';
import { define } from '../shared/define.js';
import { emit } from '../shared/events.js';
import { KontorElement } from '../shared/kontor-element.js';
import { formatLocale, getLocale } from '../shared/localization.js';
import { ResourceController } from '../shared/resource-controller.js';
import { CommerceStoreController } from '../shared/store-controller.js';
import { controls, tokens } from '../shared/styles.js';
import { renderGroup, type GroupsView } from './configurator-groups.js';
import { fixText, formatNumber, modelMoney, parseNumber, parseProblemsText, problemText } from './configurator-messages.js';
import { viewOf, type ConfiguratorView } from './configurator-view.js';
import { configuratorStyles } from './configurator.styles.js';
import { numberFormat } from '../../src/commerce/formatters.js';

/** How long choices settle before the price is asked for (typing a length, arrowing through options). */
const PRICE_DELAY_MS = 250;

/** What a buyer reads on a shop whose backend has no configurator. */
const unsupportedMessage = (): string => msg('This shop cannot configure products.', { id: 'cfg-unsupported' });

interface ModelKey {
  readonly sku: string;
  readonly locale: string;
  readonly user: string;
}

interface PriceKey {
  readonly sku: string;
  readonly configuration: Configuration;
  readonly quantity: number;
  /** The session's user and context: another account may pay another price. */
  readonly context: string;
}

type Notice = { readonly kind: 'error' | 'success' | 'info'; readonly text: string; readonly href?: string };

/**
 * Configures a made-to-order product step by step. Every option says whether it fits the
 * other choices and why not; a choice that conflicts with an earlier one is explained
 * with the changes that resolve it, so the buyer is never stuck. Numbers explain their
 * limits; the customer's price and the lead time follow every change; the summary lists
 * the bill of materials. Adds the configuration to the cart, or, with `line`, saves the
 * changes of a configured cart line. With `config-param`, the page address carries the
 * configuration, so a link restores it; a link that was tampered with is explained and
 * the standard configuration shown instead.
 *
 * @summary Product configurator with rules, live price and bill of materials.
 * @tag kontor-configurator
 * @csspart title - The product name.
 * @csspart steps - The list of steps.
 * @csspart group - One option group.
 * @csspart option - One option of a choice group.
 * @csspart number - A number field.
 * @csspart text - A text field.
 * @csspart conflicts - The panel that explains a conflict and offers its fixes.
 * @csspart summary - The bill of materials.
 * @csspart price - The price panel with quantity and the add button.
 * @csspart button - The add (or save) button.
 * @cssprop --kontor-configurator-aside-width - Width of the price panel beside the steps (default 18rem).
 * @cssstate loading - While the product's rules load.
 * @cssstate empty - Without a product to configure.
 * @cssstate error - When the rules could not be loaded.
 * @cssstate conflict - While the choices break a rule.
 * @cssstate busy - While the cart is being updated.
 * @fires kontor-configuration-change - After the buyer changed a choice; detail `{ sku, configuration, valid, code }`.
 * @fires kontor-add-to-cart - Before adding (cancelable); detail `{ sku, quantity, configuration }`.
 * @fires kontor-cart-change - After the cart changed; detail `{ cart }`.
 * @fires kontor-error - When loading the rules, pricing or adding failed.
 */
@localized()
export class KontorConfigurator extends KontorElement {
  static override styles = [tokens, controls, configuratorStyles];

  /** SKU of the configurable product. Optional with `line` (the line's SKU is used). */
  @property({ reflect: true }) sku = '';

  /** Id of a configured cart line to edit: its choices are loaded and saved back to it. */
  @property() line = '';

  /** Query parameter of the page address that carries the configuration (e.g. `config`); empty leaves the address alone. */
  @property({ attribute: 'config-param' }) configParam = '';

  /** Address of the cart, linked after adding or saving; empty shows no link. */
  @property({ attribute: 'cart-url' }) cartUrl = '';

  @state() private config: Configuration = {};
  @state() private quantityText = '1';
  @state() private changed: string | undefined;
  @state() private previous: Configuration | null = null;
  @state() private numberText: ReadonlyMap<string, string> = new Map();
  @state() private step = 0;
  @state() private notice: Notice | null = null;
  @state() private busy = false;
  @state() private announcement = '';
  @state() private priceKey: Omit<PriceKey, 'context'> | null = null;

  /** `sku|line` the configuration was set up for; a new product or line starts over. */
  #setUpFor = '';
  #priceTimer: ReturnType<typeof setTimeout> | undefined;
  #view: { key: readonly unknown[]; view: ConfiguratorView } | null = null;

  readonly #session = new CommerceStoreController(this, (commerce) => commerce.$session);
  readonly #cart = new CommerceStoreController(this, (commerce) => commerce.$cart);

  readonly #model = new ResourceController<ModelKey, ConfigurationModel>(this, {
    create: (commerce) =>
      createResource(({ sku }: ModelKey) => {
        const load = commerce.adapter.getConfigurationModel;
        if (!load) return Promise.reject(new NotFoundError(unsupportedMessage()));
        return load.call(commerce.adapter, sku);
      }),
    key: () => {
      const sku = this.#sku;
      // A shop without configurations is told once in render, not asked and failed.
      if (!this.#configurable) return null;
      return sku ? { sku, locale: getLocale(), user: this.#session.value?.value?.user?.id ?? '' } : null;
    },
    onChange: (s) => {
      this.setCustomState('loading', s.status === 'loading');
      this.setCustomState('error', s.status === 'error');
      if (s.status === 'error' && s.error) this.reportError(s.error, 'configuration-model');
    },
  });

  readonly #price = new ResourceController<PriceKey, ConfiguredPrice>(this, {
    create: (commerce) =>
      createResource(({ sku, configuration, quantity }: PriceKey) => {
        const price = commerce.adapter.priceConfiguration;
        if (!price) return Promise.reject(new Error(msg('This shop cannot price configurations.', { id: 'cfg-no-pricing' })));
        return price.call(commerce.adapter, { sku, configuration, quantity });
      }),
    key: () => {
      const commerce = this.commerce;
      return this.priceKey && commerce ? { ...this.priceKey, context: commerce.callerKey() } : null;
    },
    onChange: (s) => {
      if (s.status === 'error' && s.error) this.reportError(s.error, 'price-configuration');
      if (s.status === 'ready' && s.value) this.announcement = msg(str`Price: ${formatMoney(s.value.quote.lineNet, formatLocale())} net.`, { id: 'cfg-price-announce' });
    },
  });

  /** The product being configured: the attribute, or the edited line's. */
  /** Whether the storefront's backend configures products at all (the method is optional). */
  get #configurable(): boolean {
    return !this.commerce || Boolean(this.commerce.adapter.getConfigurationModel);
  }

  get #sku(): string {
    // An edited line decides the product; until the cart is known, nothing is loaded.
    if (this.line && (this.#line || this.#cartPending)) return this.#line?.sku ?? '';
    return this.sku;
  }

  get #line() {
    return this.line ? this.#cart.value?.value?.lines.find((l) => l.id === this.line) : undefined;
  }

  get #modelValue(): ConfigurationModel | undefined {
    const model = this.#model.state?.value;
    return model && model.sku === this.#sku ? model : undefined;
  }

  /** The view of the current choices, computed once per change. */
  #viewOf(model: ConfigurationModel): ConfiguratorView {
    const key = [model, this.config, this.quantityText, this.changed, this.numberText];
    if (!this.#view || this.#view.key.some((part, i) => part !== key[i])) this.#view = { key, view: viewOf(model, this.config, this.quantityText, this.changed, this.numberText) };
    return this.#view.view;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#priceTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('sku') || changed.has('line')) this.notice = null;
    this.setCustomState('empty', !this.#sku && !(this.line && this.#cartPending));
    const model = this.#modelValue;
    if (model) this.#setUp(model);
  }

  /** Whether the session has no user (and so no cart), once known. */
  get #loggedOut(): boolean {
    const session = this.#session.value;
    return session?.status === 'ready' && !session.value?.user;
  }

  get #cartPending(): boolean {
    if (this.#loggedOut) return false;
    const cart = this.#cart.value;
    return !cart || (cart.status !== 'ready' && cart.status !== 'error' && !cart.value);
  }

  /** Starts a configuration once per product and line: the line's, the shared address's, or the defaults. */
  #setUp(model: ConfigurationModel): void {
    const key = `${model.sku}|${this.line}`;
    if (this.#setUpFor === key) return;
    if (this.line && this.#cartPending) return;
    this.#setUpFor = key;
    let config = initialConfiguration(model);
    let quantity = '1';
    let notice: Notice | null = null;
    const line = this.#line;
    if (this.line) {
      if (line?.configuration) {
        config = line.configuration;
        quantity = String(line.quantity);
      } else notice = { kind: 'error', text: msg('This cart line no longer exists. Your choices will be added as a new line.', { id: 'cfg-line-missing' }) };
    } else if (this.configParam) {
      const text = new URL(location.href).searchParams.get(this.configParam);
      if (text !== null) {
        const parsed = parseConfiguration(model, text);
        if (parsed.problems.length > 0) notice = { kind: 'error', text: parseProblemsText(parsed.problems) };
        else config = parsed.configuration;
      }
    }
    this.config = config;
    this.quantityText = quantity;
    this.changed = undefined;
    this.previous = null;
    this.numberText = new Map();
    this.step = 0;
    this.notice = notice;
    this.#syncAddress(model);
    this.#schedulePrice(model);
  }

  /** Writes the configuration into the page address (replacing, so Back leaves the page as before). */
  #syncAddress(model: ConfigurationModel): void {
    if (!this.configParam || this.line) return;
    const url = new URL(location.href);
    url.searchParams.set(this.configParam, serializeConfiguration(model, this.config));
    history.replaceState(history.state, '', url);
  }

  /** Asks for the price once the choices settle; invalid choices have no price. */
  #schedulePrice(model: ConfigurationModel): void {
    clearTimeout(this.#priceTimer);
    this.#priceTimer = setTimeout(() => {
      const view = this.#viewOf(model);
      this.priceKey = view.derived && view.quantity !== null ? { sku: model.sku, configuration: canonical(model, this.config), quantity: view.quantity } : null;
    }, PRICE_DELAY_MS);
  }

  /** A buyer's change of one group. */
  #set(model: ConfigurationModel, group: string, value: ConfigurationValue | undefined, message = ''): void {
    this.previous = this.config;
    this.changed = group;
    this.config = withValue(this.config, group, value);
    if (this.notice?.kind === 'success') this.notice = null;
    this.#changed(model, message);
  }

  #changed(model: ConfigurationModel, message: string): void {
    this.#syncAddress(model);
    this.#schedulePrice(model);
    const view = this.#viewOf(model);
    this.setCustomState('conflict', view.conflicts.length > 0);
    const conflict = view.conflicts[0];
    this.announcement = conflict
      ? msg(str`Conflict: ${conflict.message} Ways to resolve it are listed above the step.`, { id: 'cfg-conflict-announce' })
      : message;
    emit(this, 'kontor-configuration-change', { sku: model.sku, configuration: canonical(model, this.config), valid: view.problems.length === 0, code: view.derived?.code ?? null });
  }

  #groupsView(model: ConfigurationModel, view: ConfiguratorView): GroupsView {
    return {
      model,
      config: this.config,
      byGroup: view.byGroup,
      numberText: this.numberText,
      onPick: (group, option) => this.#set(model, group, pick(model, this.config, group, option)),
      onNumberText: (group, text, done) => {
        const value = parseNumber(text);
        const next = new Map(this.numberText);
        // Keep what the buyer types until they leave the field; a non-number stays to be explained.
        if (value === null || !done) next.set(group, text);
        else next.delete(group);
        this.numberText = next;
        if (value !== null && value !== this.config[group]) this.#set(model, group, value);
        else this.#changed(model, '');
      },
      onNumber: (group, value) => {
        const next = new Map(this.numberText);
        next.delete(group);
        this.numberText = next;
        this.#set(model, group, value);
      },
      onText: (group, text) => this.#set(model, group, text === '' ? undefined : text),
    };
  }

  #applyFix(model: ConfigurationModel, fix: Fix): void {
    const label = fixText(model, this.config[fix.group], fix);
    const next = new Map(this.numberText);
    next.delete(fix.group);
    this.numberText = next;
    this.#set(model, fix.group, fix.value, msg(str`Done: ${label}.`, { id: 'cfg-fix-done' }));
    void this.#focusStepHeading();
  }

  #undo(model: ConfigurationModel): void {
    if (!this.previous) return;
    this.config = this.previous;
    this.previous = null;
    this.changed = undefined;
    this.#changed(model, msg('Your last choice was undone.', { id: 'cfg-undone' }));
    void this.#focusStepHeading();
  }

  async #goTo(step: number): Promise<void> {
    this.step = step;
    await this.#focusStepHeading();
  }

  async #focusStepHeading(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#step-title')?.focus();
  }

  async #submit(model: ConfigurationModel): Promise<void> {
    const commerce = this.commerce;
    const view = this.#viewOf(model);
    if (this.busy || !commerce) return;
    const first = view.problems[0];
    if (first || view.quantity === null) {
      this.notice = {
        kind: 'error',
        text: first ? msg(str`Not yet possible: ${problemText(model, first)}`, { id: 'cfg-not-ready' }) : msg('Please enter a whole quantity from 1.', { id: 'cfg-quantity' }),
      };
      const step = [...view.stepsWithProblems][0];
      if (step !== undefined) await this.#goTo(step);
      return;
    }
    const configuration = canonical(model, this.config);
    const quantity = view.quantity;
    const editing = this.#line !== undefined;
    if (!editing && !emit(this, 'kontor-add-to-cart', { sku: model.sku, quantity, configuration }, { cancelable: true })) return;
    this.busy = true;
    this.setCustomState('busy', true);
    try {
      const cart: Cart = editing ? await commerce.updateCartLine(this.line, { configuration, quantity }) : await commerce.addToCart([{ sku: model.sku, quantity, configuration }]);
      this.notice = {
        kind: 'success',
        text: editing ? msg('Your changes to the cart line are saved.', { id: 'cfg-saved' }) : msg(str`Added to the cart: ${quantity} × ${view.derived?.code ?? model.sku}.`, { id: 'cfg-added' }),
        ...(this.cartUrl ? { href: this.cartUrl } : {}),
      };
      emit(this, 'kontor-cart-change', { cart });
    } catch (error) {
      this.notice = { kind: 'error', text: this.reportError(error, editing ? 'update-cart-line' : 'add-to-cart').message };
    } finally {
      this.busy = false;
      this.setCustomState('busy', false);
    }
  }

  async #copyLink(): Promise<void> {
    try {
      await navigator.clipboard.writeText(location.href);
      this.announcement = msg('Link copied.', { id: 'cfg-link-copied' });
    } catch {
      this.announcement = msg('The link could not be copied; copy it from the address bar.', { id: 'cfg-link-not-copied' });
    }
  }

  protected override render() {
    const live = html`<div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>`;
    if (!this.#sku) {
      if (this.line && this.#cartPending) return html`<p class="state" role="status">${msg('Loading the cart line…', { id: 'cfg-loading-line' })}</p>`;
      if (this.line && this.#loggedOut) return html`<p class="state error" role="alert">${msg('Log in to change this cart line.', { id: 'cfg-login' })}</p>`;
      if (this.line) return html`<p class="state error" role="alert">${msg('This cart line no longer exists.', { id: 'cfg-line-gone' })}</p>`;
      return html`<p class="state">${msg('No product chosen to configure.', { id: 'cfg-empty' })}</p>`;
    }
    if (!this.#configurable) return html`<p class="state" role="status">${unsupportedMessage()}</p>`;
    const modelState = this.#model.state;
    const model = this.#modelValue;
    if (!model) {
      if (modelState?.status === 'error')
        return html`<div class="state error" role="alert">
          <p>${modelState.error?.message ?? ''}</p>
          <button class="button secondary" type="button" @click=${() => this.#model.reload()}>${msg('Try again', { id: 'retry' })}</button>
        </div>`;
      return html`<p class="state" role="status" aria-busy="true">${msg('Loading the options…', { id: 'cfg-loading' })}</p>`;
    }
    const view = this.#viewOf(model);
    const summary = this.step >= model.steps.length;
    return html`
      <h2 class="title" part="title">${model.name}</h2>
      ${this.notice?.kind === 'error' ? html`<p class="notice error" role="alert">${this.notice.text}</p>` : nothing}
      <div class="layout">
        <div class="main">
          ${this.#renderStepList(model, view)} ${this.#renderConflicts(model, view)}
          <section class="step" aria-labelledby="step-title">
            <h3 id="step-title" tabindex="-1">
              ${summary
                ? msg('Summary', { id: 'cfg-summary' })
                : msg(str`Step ${this.step + 1} of ${model.steps.length}: ${model.steps[this.step]?.label ?? ''}`, { id: 'cfg-step-title' })}
            </h3>
            ${summary ? this.#renderSummary(model, view) : this.#renderStep(model, view)}
          </section>
          <div class="step-nav">
            ${this.step > 0 ? html`<button class="button secondary" type="button" @click=${() => this.#goTo(this.step - 1)}>${msg('Back', { id: 'cfg-back' })}</button>` : nothing}
            ${summary
              ? nothing
              : html`<button class="button" type="button" @click=${() => this.#goTo(this.step + 1)}>
                  ${this.step === model.steps.length - 1 ? msg('To the summary', { id: 'cfg-to-summary' }) : msg('Next', { id: 'cfg-next' })}
                </button>`}
          </div>
        </div>
        ${this.#renderPrice(model, view)}
      </div>
      ${live}
    `;
  }

  #renderStepList(model: ConfigurationModel, view: ConfiguratorView): TemplateResult {
    const labels = [...model.steps.map((s) => s.label), msg('Summary', { id: 'cfg-summary' })];
    return html`<nav aria-label=${msg('Configuration steps', { id: 'cfg-steps' })}>
      <ol class="steps" part="steps">
        ${labels.map(
          (label, index) => html`<li>
            <button type="button" class="step-link ${view.stepsWithProblems.has(index) ? 'attention' : ''}" aria-current=${index === this.step ? 'step' : nothing} @click=${() => this.#goTo(index)}>
              <span class="number">${index + 1}</span> ${label}
              ${view.stepsWithProblems.has(index) ? html`<span class="mark">${msg('(needs attention)', { id: 'cfg-attention' })}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ol>
    </nav>`;
  }

  #renderConflicts(model: ConfigurationModel, view: ConfiguratorView): TemplateResult | typeof nothing {
    if (view.conflicts.length === 0) return nothing;
    return html`<div class="conflicts" part="conflicts" role="group" aria-labelledby="conflicts-title">
      <h3 id="conflicts-title">${msg('These choices do not go together', { id: 'cfg-conflicts' })}</h3>
      ${view.conflicts.map(
        (conflict) => html`<div class="conflict" data-rule=${conflict.rule}>
          <p>${conflict.message}</p>
          <p class="resolve">${msg('To resolve it:', { id: 'cfg-resolve' })}</p>
          <ul class="fixes">
            ${conflict.fixes.map(
              (fix) => html`<li><button type="button" class="button secondary fix" data-group=${fix.group} @click=${() => this.#applyFix(model, fix)}>${fixText(model, this.config[fix.group], fix)}</button></li>`,
            )}
            ${this.previous ? html`<li><button type="button" class="button secondary undo" @click=${() => this.#undo(model)}>${msg('Undo my last choice', { id: 'cfg-undo' })}</button></li>` : nothing}
          </ul>
        </div>`,
      )}
    </div>`;
  }

  #renderStep(model: ConfigurationModel, view: ConfiguratorView): TemplateResult {
    const groups = this.#groupsView(model, view);
    const step = model.steps[this.step];
    return html`${(step?.groups ?? []).map((id) => {
      const group = model.groups.find((g) => g.id === id);
      return group ? renderGroup(groups, group) : nothing;
    })}`;
  }

  #renderSummary(model: ConfigurationModel, view: ConfiguratorView): TemplateResult {
    if (!view.derived) {
      return html`<p>${msg('The configuration is not complete yet:', { id: 'cfg-incomplete' })}</p>
        <ul class="problems">
          ${view.problems.map((p) => {
            const step = model.steps.findIndex((s) => s.groups.some((g) => p.kind === 'rule' ? p.groups.includes(g) : 'group' in p && p.group === g));
            return html`<li>
              ${problemText(model, p)}
              ${step >= 0 ? html`<button type="button" class="link" @click=${() => this.#goTo(step)}>${msg(str`Go to ${model.steps[step]?.label ?? ''}`, { id: 'cfg-go-to' })}</button>` : nothing}
            </li>`;
          })}
        </ul>`;
    }
    const derived = view.derived;
    return html`<table class="bill" part="summary">
        <caption>${msg('Bill of materials', { id: 'cfg-bill' })}</caption>
        <thead>
          <tr>
            <th scope="col">${msg('Option', { id: 'cfg-option' })}</th>
            <th scope="col">${msg('Your choice', { id: 'cfg-choice' })}</th>
            <th scope="col" class="number">${msg('List price', { id: 'cfg-list-price' })}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">${msg('Base product', { id: 'cfg-base' })}</th>
            <td>${model.name}</td>
            <td class="number">${modelMoney(model, model.base.priceMinor)}</td>
          </tr>
          ${derived.bill.map((line) => {
            const n = line.unit ? parseNumber(line.value) : null;
            return html`<tr>
              <th scope="row">${line.label}</th>
              <td>${n !== null && line.unit ? `${formatNumber(n)} ${line.unit === 'piece' ? '×' : line.unit}` : line.value}</td>
              <td class="number">${modelMoney(model, line.priceMinor)}</td>
            </tr>`;
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="2">${msg('List price per unit', { id: 'cfg-list-total' })}</th>
            <td class="number">${modelMoney(model, derived.listPriceMinor)}</td>
          </tr>
        </tfoot>
      </table>
      <dl class="facts">
        <div><dt>${msg('Configuration code', { id: 'cfg-code' })}</dt><dd translate="no">${derived.code}</dd></div>
        <div><dt>${msg('Weight per unit', { id: 'cfg-weight' })}</dt><dd>${numberFormat(formatLocale(), { style: 'unit', unit: 'kilogram', maximumFractionDigits: 2 }).format(derived.weightGrams / 1000)}</dd></div>
      </dl>
      ${this.configParam && !this.line
        ? html`<p class="share">
            ${msg('This page’s address restores this configuration.', { id: 'cfg-share' })}
            <button type="button" class="button secondary" @click=${() => this.#copyLink()}>${msg('Copy link', { id: 'cfg-copy-link' })}</button>
          </p>`
        : nothing}`;
  }

  #renderPrice(model: ConfigurationModel, view: ConfiguratorView): TemplateResult {
    const locale = formatLocale();
    const priceState = this.#price.state;
    const priced = priceState?.value;
    // Only an answer for exactly these choices is shown; older answers are ignored.
    const current =
      priced && view.derived && view.quantity === priced.quantity && JSON.stringify(priced.configuration) === JSON.stringify(canonical(model, this.config)) ? priced : null;
    const pending = view.derived !== null && (!current || priceState?.status === 'loading');
    const editing = this.#line !== undefined;
    const quantityInvalid = view.quantity === null || view.problems.some((p) => p.kind === 'quantity');
    return html`<aside class="price" part="price" aria-labelledby="price-title">
      <h3 id="price-title">${msg('Your price', { id: 'cfg-your-price' })}</h3>
      <label class="quantity">
        <span>${msg('Quantity', { id: 'quantity' })}</span>
        <input
          class="input"
          inputmode="numeric"
          autocomplete="off"
          aria-invalid=${quantityInvalid ? 'true' : 'false'}
          aria-describedby="quantity-problem"
          .value=${this.quantityText}
          @input=${(e: Event) => {
            this.quantityText = (e.target as HTMLInputElement).value;
            this.#changed(model, '');
          }}
        />
      </label>
      <p id="quantity-problem" class="problem">
        ${view.quantity === null
          ? msg('Please enter a whole quantity from 1.', { id: 'cfg-quantity' })
          : view.problems.filter((p) => p.kind === 'quantity').map((p) => problemText(model, p))}
      </p>
      <div class="figures" aria-busy=${pending ? 'true' : 'false'}>
        ${current
          ? html`<p class="line-net" data-minor=${current.quote.lineNet.amountMinor}>${formatMoney(current.quote.lineNet, locale)}</p>
              <p class="unit-net">${msg(str`${formatMoney(current.quote.unitNet, locale)} per unit, net plus VAT`, { id: 'cfg-unit-net' })}</p>`
          : view.derived
            ? priceState?.status === 'error' && !pending
              ? html`<p class="problem">${priceState.error?.message ?? ''}</p>`
              : html`<p class="pending">${msg('Calculating your price…', { id: 'cfg-pricing' })}</p>`
            : html`<p class="pending">${msg('The price appears once the configuration is complete.', { id: 'cfg-price-later' })}</p>`}
        ${priceState?.status === 'error' && priceState.error && view.derived
          ? html`<button class="button secondary" type="button" @click=${() => this.#price.reload()}>${msg('Try again', { id: 'retry' })}</button>`
          : nothing}
        ${view.derived
          ? html`<p class="lead-time">${msg(str`Ships in ${view.derived.leadTimeDays} working days`, { id: 'cfg-ships-in' })}</p>
              <p class="code" translate="no">${view.derived.code}</p>`
          : nothing}
      </div>
      <button class="button" part="button" type="button" aria-disabled=${this.busy || !view.derived ? 'true' : 'false'} @click=${() => this.#submit(model)}>
        ${this.busy
          ? msg('Saving…', { id: 'cfg-busy' })
          : editing
            ? msg('Save changes', { id: 'cfg-save' })
            : msg('Add to cart', { id: 'add-to-cart' })}
      </button>
      ${this.notice?.kind === 'success'
        ? html`<p class="notice success" role="status">
            ${this.notice.text} ${this.notice.href ? html`<a href=${this.notice.href}>${msg('Go to the cart', { id: 'cfg-to-cart' })}</a>` : nothing}
          </p>`
        : nothing}
    </aside>`;
  }
}

define('kontor-configurator', KontorConfigurator);

declare global {
  interface HTMLElementTagNameMap {
    'kontor-configurator': KontorConfigurator;
  }
}
