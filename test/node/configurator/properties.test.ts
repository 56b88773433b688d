import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  conflicts,
  initialConfiguration,
  isValid,
  numberLimits,
  optionStates,
  pick,
  validate,
  withValue,
  type Configuration,
  type ConfigurationModel,
  type ConfigurationValue,
  type OptionGroup,
} from '../../../src/configurator/index.js';
import { MODELS } from './models.js';

/** Any value a buyer could enter into a group through the element, valid or not. */
function userValue(group: OptionGroup): fc.Arbitrary<ConfigurationValue | undefined> {
  switch (group.kind) {
    case 'single':
      return fc.constantFrom(...group.options.map((o) => o.id), ...(group.required ? [] : [undefined]));
    case 'multiple':
      return fc.subarray(group.options.map((o) => o.id)).map((ids) => (ids.length > 0 ? ids : undefined));
    case 'number':
      return fc.oneof(
        fc.integer({ min: 0, max: Math.round((group.max - group.min) / group.step) }).map((k) => Math.round((group.min + k * group.step) * 1e9) / 1e9),
        fc.double({ min: group.min - 10 * group.step, max: group.max + 10 * group.step, noNaN: true }),
        fc.constant(Number.NaN),
      );
    case 'text':
      return fc.oneof(fc.constant(undefined), fc.string({ maxLength: group.maxLength + 4 }), fc.constantFrom('KABEL-1', 'Müller & Co'));
  }
}

/** Values a valid configuration may hold: on the grid, from the options, short texts. */
function validCandidate(model: ConfigurationModel): fc.Arbitrary<Configuration> {
  const entries = model.groups.map((g) => {
    const arb: fc.Arbitrary<ConfigurationValue | undefined> =
      g.kind === 'number'
        ? fc.integer({ min: 0, max: Math.round((g.max - g.min) / g.step) }).map((k) => Math.round((g.min + k * g.step) * 1e9) / 1e9)
        : g.kind === 'text'
          ? fc.constantFrom(undefined, 'A1', 'Lager 3')
          : userValue(g);
    return arb.map((v) => [g.id, v] as const);
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs.filter(([, v]) => v !== undefined)) as Configuration);
}

/** A buyer's action in the element: set a group, or take the first fix of the first conflict. */
type Action = { readonly kind: 'set'; readonly group: string; readonly value: ConfigurationValue | undefined } | { readonly kind: 'fix'; readonly which: number };

function actions(model: ConfigurationModel): fc.Arbitrary<Action[]> {
  const set = fc.oneof(...model.groups.map((g) => userValue(g).map((value): Action => ({ kind: 'set', group: g.id, value }))));
  return fc.array(fc.oneof(set, fc.nat(5).map((which): Action => ({ kind: 'fix', which }))), { maxLength: 25 });
}

for (const model of MODELS) {
  describe(`configuration model ${model.codePrefix} (${model.name})`, () => {
    it('starts from a valid configuration', () => {
      assert.deepEqual(validate(model, initialConfiguration(model)), []);
    });

    it('lets a buyer complete only configurations the engine accepts', () => {
      fc.assert(
        fc.property(actions(model), (steps) => {
          let config = initialConfiguration(model);
          let changed: string | undefined;
          for (const step of steps) {
            if (step.kind === 'set') {
              config = withValue(config, step.group, step.value);
              changed = step.group;
            } else {
              const fixes = conflicts(model, config, changed).flatMap((c) => c.fixes);
              const fix = fixes[step.which % Math.max(1, fixes.length)];
              if (fix) config = withValue(config, fix.group, fix.value);
            }
            // The element enables "add to cart" exactly when there is no conflict and no malformed value.
            const completable = conflicts(model, config).length === 0 && model.groups.every((g) => validate(model, { [g.id]: config[g.id] } as Configuration).every((p) => p.kind === 'rule' || p.kind === 'unknown-group'));
            if (completable) assert.deepEqual(validate(model, config), []);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('reaches every valid configuration through the choices the element offers', () => {
      fc.assert(
        fc.property(validCandidate(model), (target) => {
          fc.pre(isValid(model, target));
          let config = initialConfiguration(model);
          for (const step of model.steps) {
            for (const id of step.groups) {
              const group = model.groups.find((g) => g.id === id);
              assert.ok(group);
              const want = target[id];
              if (group.kind === 'single') {
                if (want === undefined) config = withValue(config, id, undefined);
                else {
                  // The option is offered (shown, selectable) whether or not it is available now.
                  assert.ok(optionStates(model, config, id).some((o) => o.id === want));
                  config = withValue(config, id, pick(model, config, id, want as string));
                }
              } else if (group.kind === 'multiple') {
                const ids = (want as readonly string[] | undefined) ?? [];
                for (const option of optionStates(model, config, id)) if (option.chosen !== ids.includes(option.id)) config = withValue(config, id, pick(model, config, id, option.id));
              } else if (group.kind === 'number') {
                // The field accepts any number on the grid within the group's own bounds.
                assert.ok(typeof want === 'number' && want >= group.min && want <= group.max);
                config = withValue(config, id, want);
              } else config = withValue(config, id, want);
            }
          }
          assert.deepEqual(validate(model, config), []);
          assert.deepEqual(conflicts(model, config), []);
        }),
        { numRuns: 300 },
      );
    });

    it('explains every conflict and offers a fix that leads to a valid configuration', () => {
      fc.assert(
        fc.property(validCandidate(model), fc.constantFrom(...model.groups), fc.context(), (start, group, ctx) => {
          fc.pre(isValid(model, start));
          const values = fc.sample(userValue(group), { numRuns: 6 });
          for (const value of values) {
            if (group.kind === 'number' && (typeof value !== 'number' || Number.isNaN(value))) continue;
            let config = withValue(start, group.id, value);
            const found = conflicts(model, config, group.id);
            for (const conflict of found) {
              assert.ok(conflict.message.length > 0, 'a conflict says why');
              assert.ok(conflict.fixes.length > 0, 'a conflict offers a way forward');
              // Earlier choices first: when a fix for another group exists, it is offered before changing the latest choice again.
              if (conflict.fixes.some((f) => f.group !== group.id)) assert.notEqual(conflict.fixes[0]?.group, group.id);
            }
            // Taking the first fix again and again ends in a configuration without conflicts.
            for (let round = 0; round < 10; round++) {
              const fix = conflicts(model, config, group.id)[0]?.fixes[0];
              if (!fix) break;
              config = withValue(config, fix.group, fix.value);
            }
            ctx.log(JSON.stringify(config));
            assert.deepEqual(conflicts(model, config), [], `stuck at ${JSON.stringify(config)}`);
          }
        }),
        { numRuns: 200 },
      );
    });

    it('marks an option unavailable exactly when choosing it breaks a rule, naming the other choices', () => {
      fc.assert(
        fc.property(validCandidate(model), (config) => {
          fc.pre(isValid(model, config));
          for (const group of model.groups) {
            for (const option of optionStates(model, config, group.id)) {
              const after = withValue(config, group.id, option.chosen ? config[group.id] : pick(model, config, group.id, option.id));
              const broken = validate(model, after).some((p) => p.kind === 'rule');
              if (group.kind === 'single') assert.equal(option.available, !broken);
              for (const blocker of option.blockers) assert.ok(!blocker.groups.includes(group.id) && blocker.message.length > 0);
            }
            const limits = numberLimits(model, config, group.id);
            if (limits) assert.ok(limits.min <= (config[group.id] as number) && (config[group.id] as number) <= limits.max);
          }
        }),
        { numRuns: 200 },
      );
    });
  });
}
