import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { builtInSegment, checkSegment, evaluate, parseSegments, SegmentError, type Condition } from '../../../sdk/personalization/segments.js';
import { emptyProfile, recordVisit, campaignFromUrl, deviceClass, VISIT_GAP_MS, type ProfileFacts } from '../../../sdk/personalization/profile.js';
import { recordOrders, recordProductView } from '../../../sdk/personalization/profile-updates.js';

const facts = (patch: Partial<ProfileFacts> = {}): ProfileFacts => ({ ...emptyProfile(), visits: 1, ...patch });

describe('segment rules', () => {
  it('combines conditions with all, any and not', () => {
    const when: Condition = {
      all: [
        { field: 'customerGroup', equals: 'cg-electrical' },
        { any: [{ field: 'visits', gte: 3 }, { field: 'categoriesOrdered', includes: 'cables' }] },
        { not: { field: 'device', equals: 'mobile' } },
      ],
    };
    assert.equal(evaluate(when, facts({ customerGroup: 'cg-electrical', visits: 3 })), true);
    assert.equal(evaluate(when, facts({ customerGroup: 'cg-electrical', categoriesOrdered: ['cables'] })), true);
    assert.equal(evaluate(when, facts({ customerGroup: 'cg-electrical', visits: 2 })), false);
    assert.equal(evaluate(when, facts({ customerGroup: 'cg-lab', visits: 9 })), false);
    assert.equal(evaluate(when, facts({ customerGroup: 'cg-electrical', visits: 3, device: 'mobile' })), false);
  });

  it('tests in, lte, exists, returning and campaign fields', () => {
    assert.equal(evaluate({ field: 'industry', in: ['lab', 'cg-lab'] }, facts({ industry: 'cg-lab' })), true);
    assert.equal(evaluate({ field: 'visits', lte: 1 }, facts({ visits: 2 })), false);
    assert.equal(evaluate({ field: 'company', exists: true }, facts()), false);
    assert.equal(evaluate({ field: 'company', exists: false }, facts()), true);
    assert.equal(evaluate({ field: 'categoriesViewed', exists: true }, facts({ categoriesViewed: ['tools'] })), true);
    assert.equal(evaluate({ field: 'returning', equals: true }, facts({ visits: 2 })), true);
    const campaign = campaignFromUrl('?utm_source=newsletter&utm_campaign=spring');
    assert.equal(evaluate({ field: 'campaign.name', equals: 'spring' }, facts({ campaign })), true);
    assert.equal(evaluate({ field: 'campaign.medium', exists: true }, facts({ campaign })), false);
  });

  it('has the built-in segments, with parameters', () => {
    const is = (id: string, f: ProfileFacts) => evaluate(builtInSegment(id)!.when, f);
    assert.equal(is('new', facts({ visits: 1 })), true);
    assert.equal(is('new', facts({ visits: 2 })), false);
    assert.equal(is('returning', facts({ visits: 2 })), true);
    assert.equal(is('logged-in', facts({ loggedIn: true })), true);
    assert.equal(is('customer-group:cg-lab', facts({ customerGroup: 'cg-lab' })), true);
    assert.equal(is('customer-group:cg-lab', facts({ customerGroup: 'cg-industry' })), false);
    assert.equal(is('ordered:cables', facts({ categoriesOrdered: ['tools', 'cables'] })), true);
    assert.equal(builtInSegment('customer-group:'), null);
    assert.equal(builtInSegment('unknown:thing'), null);
    assert.ok(builtInSegment('customer-group:x')!.priority > builtInSegment('returning')!.priority);
  });

  it('reads a list or { segments } from JSON text with default priority 50', () => {
    const { segments, errors } = parseSegments('{"segments":[{"id":"big","when":{"field":"visits","gte":5}},{"id":"lab","priority":70,"label":"Labs","when":{"field":"industry","equals":"lab"}}]}');
    assert.deepEqual(errors, []);
    assert.deepEqual(segments.map((s) => [s.id, s.priority, s.label]), [['big', 50, 'big'], ['lab', 70, 'Labs']]);
  });
});

describe('malformed segment rules', () => {
  const problem = (value: unknown): string => {
    try {
      checkSegment(value, 2);
    } catch (error) {
      assert.ok(error instanceof SegmentError);
      return error.message;
    }
    assert.fail('no error');
  };

  it('names the rule and the path of the problem', () => {
    assert.equal(problem({ id: 'pros', when: { all: [{ field: 'visits', gte: 1 }, { field: 'custmerGroup', equals: 'x' }] } }), `Segment "pros": when.all[1]: unknown field "custmerGroup"; use one of visits, returning, loggedIn, company, customerGroup, industry, categoriesViewed, categoriesOrdered, device, campaign.source, campaign.medium, campaign.name, campaign.term, campaign.content`);
    assert.match(problem({ id: 'pros', when: { not: { field: 'visits', lt: 3 } } }), /^Segment "pros": when\.not: unknown operator "lt"/);
    assert.match(problem({ id: 'pros', when: { field: 'visits', gte: 1, lte: 3 } }), /^Segment "pros": when: needs exactly one operator/);
    assert.match(problem({ id: 'pros', when: { field: 'visits', gte: '3' } }), /"gte" on visits \(number\) needs a number/);
    assert.match(problem({ id: 'pros', when: { field: 'categoriesViewed', equals: 'x' } }), /lists use "includes"/);
    assert.match(problem({ id: 'pros', when: { all: [] } }), /when\.all: must be a non-empty list/);
    assert.match(problem({ id: 'pros', when: { all: [{ field: 'visits', gte: 1 }], any: [] } }), /"all" must stand alone/);
    assert.match(problem({ id: 'pros' }), /when: a condition must be an object/);
    assert.match(problem({ id: 'pros', priority: 'high', when: { field: 'visits', gte: 1 } }), /^Segment "pros": priority: must be a number/);
    assert.match(problem({ id: 'pros', when: { field: 'visits', gte: 1 }, colour: 'red' }), /unknown key "colour"/);
  });

  it('names a rule without an id by its position', () => {
    assert.match(problem({ when: { field: 'visits', gte: 1 } }), /^Segment #3: id: must be letters/);
    assert.match(problem('returning'), /^Segment #3: must be an object/);
  });

  it('keeps the good rules when some are bad, and reports a duplicate', () => {
    const { segments, errors } = parseSegments([
      { id: 'a', when: { field: 'visits', gte: 2 } },
      { id: 'b', when: { field: 'nope', equals: 1 } },
      { id: 'a', when: { field: 'visits', gte: 9 } },
    ]);
    assert.deepEqual(segments.map((s) => s.id), ['a']);
    assert.deepEqual(errors.map((e) => e.segment), ['"b"', '"a"']);
    assert.match(errors[1]!.message, /defined twice/);
  });

  it('reports text that is not JSON, naming its source', () => {
    const { segments, errors } = parseSegments('[{"id": "a",', '#home-segments');
    assert.deepEqual(segments, []);
    assert.match(errors[0]!.message, /^Segment source #home-segments: is not valid JSON/);
    assert.match(parseSegments('{"id":"a"}', 'x').errors[0]!.message, /must be a list of segments/);
  });
});

describe('profile updates', () => {
  it('counts a visit after 30 minutes of silence, not within', () => {
    let profile = recordVisit(emptyProfile(), 1_000, null, 'desktop');
    assert.equal(profile.visits, 1);
    profile = recordVisit(profile, 1_000 + VISIT_GAP_MS - 1, null, 'desktop');
    assert.equal(profile.visits, 1);
    profile = recordVisit(profile, 1_000 + 2 * VISIT_GAP_MS, null, 'mobile');
    assert.equal(profile.visits, 2);
    assert.equal(profile.device, 'mobile');
  });

  it('keeps recently viewed newest first without duplicates and ranks categories', () => {
    let profile = emptyProfile();
    for (const [sku, category] of [['A', 'tools'], ['B', 'cables'], ['A', 'tools']] as const) profile = recordProductView(profile, sku, [category]);
    assert.deepEqual(profile.recentlyViewed, ['A', 'B']);
    assert.deepEqual(profile.categoriesViewed, ['tools', 'cables']);
    profile = recordOrders(profile, { A: 3 }, { lab: 1, pipes: 4 });
    assert.deepEqual(profile.categoriesOrdered, ['pipes', 'lab']);
  });

  it('reads campaigns and device classes', () => {
    assert.equal(campaignFromUrl('?q=bolts'), null);
    assert.deepEqual(campaignFromUrl('?utm_source=fair&utm_medium=qr'), { source: 'fair', medium: 'qr', name: '', term: '', content: '' });
    assert.equal(deviceClass(400, true), 'mobile');
    assert.equal(deviceClass(800, true), 'tablet');
    assert.equal(deviceClass(800, false), 'desktop');
  });
});
