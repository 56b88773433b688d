/**
 * Resolves once the page has painted: at once when it already has, or in a hidden tab
 * (which paints nothing until shown); otherwise after the next frame.
 *
 * Module code evaluated while a page is still on its way to its first frame holds that frame
 * back: the browser runs deferred scripts and their imports before it paints. Work that can
 * wait a frame waits for this.
 */
export function afterFirstPaint(): Promise<void> {
  if (performance.getEntriesByType('paint').length > 0) return Promise.resolve();
  return afterNextPaint();
}

/**
 * Resolves after the next frame has painted, or at once in a hidden tab, where no frame
 * comes until the tab is shown. Work split across frames waits for this, so that what was
 * rendered before it is on screen first.
 */
export function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  // The frame's callbacks run before it paints; a task queued from them runs after.
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
