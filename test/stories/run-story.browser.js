// Injected into Storybook's preview page by stories.test.ts (kept as plain JavaScript so the
// test's TypeScript compiler adds no helpers that the page lacks).
//
// window.kontorRunStory({ storyId, timeoutMs }) selects a story through Storybook's channel,
// as the manager does, and resolves with how it ended:
//   { status: 'success', violations: [...] }   rendered, play passed, axe ran
//   { status: 'error' | 'missing' | 'timeout', message }
window.kontorRunStory = ({ storyId, timeoutMs }) => {
  const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  return new Promise((resolve) => {
    const listeners = [];
    const describe = (error) => (error && typeof error === 'object' && 'message' in error ? String(error.message) : String(error));
    const finish = (outcome) => {
      for (const [event, listener] of listeners) channel.off(event, listener);
      clearTimeout(timer);
      resolve(outcome);
    };
    const listen = (event, listener) => {
      listeners.push([event, listener]);
      channel.on(event, listener);
    };
    const timer = setTimeout(() => finish({ status: 'timeout', message: `no result within ${timeoutMs} ms` }), timeoutMs);

    // storyFinished comes after the render, the play function and the afterEach hooks, among
    // them the accessibility addon's axe run, whose result is one of the reports.
    listen('storyFinished', (event) => {
      if (event.storyId !== storyId) return;
      const a11y = event.reporters.find((report) => report.type === 'a11y');
      if (!a11y || !a11y.result || a11y.result.error) {
        return finish({ status: 'error', message: `the accessibility check did not run: ${describe(a11y?.result?.error)}` });
      }
      // With `a11y.test: 'error'` a violation also marks the story as failed; the list of
      // violations says more than that status.
      finish({
        status: event.status === 'success' ? 'success' : 'error',
        message: 'the story finished with an error',
        violations: (a11y.result.violations ?? []).map((violation) => ({
          id: violation.id,
          impact: violation.impact,
          help: violation.help,
          targets: violation.nodes.map((node) => JSON.stringify(node.target)),
        })),
      });
    });
    listen('storyErrored', (error) => finish({ status: 'error', message: describe(error) }));
    listen('storyThrewException', (error) => finish({ status: 'error', message: describe(error) }));
    listen('playFunctionThrewException', (error) => finish({ status: 'error', message: `play: ${describe(error)}` }));
    listen('storyMissing', () => finish({ status: 'missing', message: 'not in the preview' }));
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  });
};
