/**
 * Every story of the static Storybook build, rendered in Chromium: the story must render,
 * its play function (which waits for the state the story shows) must pass, nothing may be
 * thrown on the page, and axe (the accessibility addon's own run, with the options of
 * stories/decorators/a11y.ts) must find no violation. One test per story.
 *
 * Runs on the build in KONTOR_STORYBOOK_DIR (scripts/test-stories.mjs builds one into a
 * temporary directory), else on storybook-static/ from `npm run build-storybook`.
 *
 * All stories render in one page, switched through Storybook's channel as its manager does,
 * so the reference backend's worker starts once, not once per story.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveDirectory, type StaticServer } from '../e2e/helpers/browser.js';
import { NARROW_SIZE } from '../../stories/decorators/variants.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const buildDir = process.env['KONTOR_STORYBOOK_DIR'] || join(root, 'storybook-static');

/** Longest a story may take from selection to its finished axe run. */
const STORY_TIMEOUT_MS = 60_000;
const WIDE_SIZE = { width: 1280, height: 900 } as const;

interface IndexEntry {
  readonly id: string;
  readonly type: 'story' | 'docs';
  readonly title: string;
  readonly name: string;
  readonly tags?: readonly string[];
}

/** What one story's run reports back from the page (run-story.browser.js). */
interface StoryOutcome {
  readonly status: 'success' | 'error' | 'missing' | 'timeout';
  readonly message?: string;
  readonly violations?: ReadonlyArray<{ id: string; impact: string | null; help: string; targets: string[] }>;
}

function readStories(): IndexEntry[] {
  const index = JSON.parse(readFileSync(join(buildDir, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
  return Object.values(index.entries).filter((entry) => entry.type === 'story');
}

if (!existsSync(join(buildDir, 'index.json'))) {
  it('finds a Storybook build', () => {
    assert.fail(`No Storybook build in ${buildDir}: run \`npm run build-storybook\` (or scripts/test-stories.mjs).`);
  });
} else {
  const stories = readStories();

  describe('stories (Storybook build in Chromium, axe)', () => {
    let site: StaticServer;
    let browser: Browser;
    let page: Page;
    const problems: string[] = [];

    before(async () => {
      site = await serveDirectory(buildDir);
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: WIDE_SIZE });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
      });
      await page.goto(`${site.url}/iframe.html`);
      await page.addScriptTag({ path: fileURLToPath(new URL('./run-story.browser.js', import.meta.url)) });
      await page.waitForFunction(() => '__STORYBOOK_ADDONS_CHANNEL__' in window && '__STORYBOOK_PREVIEW__' in window, null, { timeout: 60_000 });
    });
    after(async () => {
      await browser?.close();
      await site?.close();
    });

    it('has stories', () => {
      assert.ok(stories.length > 0, 'the build lists no stories');
    });

    for (const story of stories) {
      it(`${story.title} / ${story.name}`, async () => {
        problems.length = 0;
        await page.setViewportSize(story.tags?.includes('narrow') ? NARROW_SIZE : WIDE_SIZE);
        const outcome = await page.evaluate(
          (args) => (window as unknown as { kontorRunStory(a: typeof args): Promise<StoryOutcome> }).kontorRunStory(args),
          { storyId: story.id, timeoutMs: STORY_TIMEOUT_MS },
        );
        const violations = (outcome.violations ?? []).map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
        assert.deepEqual(violations, [], `${story.id}: axe violations`);
        assert.equal(outcome.status, 'success', `${story.id}: ${outcome.message ?? outcome.status}`);
        assert.deepEqual(problems, [], `${story.id}: errors on the page`);
      });
    }
  });
}
