import { expect } from '@open-wc/testing';
import { afterNextPaint } from '../../components/shared/first-paint.js';

/** Whether `promise` has settled once the microtasks queued so far have run. */
async function settledNow(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return settled;
}

/** Makes the page report itself hidden until the returned function is called. */
function pretendHidden(): () => void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  return () => {
    delete (document as { visibilityState?: DocumentVisibilityState }).visibilityState;
  };
}

describe('first-paint scheduling', () => {
  it('waits for the next frame, not for the microtasks already queued', async () => {
    const framePassed = new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true)));
    const next = afterNextPaint();
    expect(await settledNow(next)).to.equal(false);
    await next;
    expect(await Promise.race([framePassed, Promise.resolve(false)])).to.equal(true);
  });

  it('answers at once in a hidden tab, which paints no frame until shown', async () => {
    const restore = pretendHidden();
    try {
      expect(document.visibilityState).to.equal('hidden');
      expect(await settledNow(afterNextPaint())).to.equal(true);
    } finally {
      restore();
    }
    expect(document.visibilityState).to.equal('visible');
  });
});
