// Locking when the page returns after being hidden (laptop asleep, tab in the background).
import { describe, expect, it, vi } from 'vitest';
import { lockAfterHidden } from '../../../src/ui/lockAfterHidden';

function fakeDocument(initial: DocumentVisibilityState = 'visible') {
  const target = new EventTarget();
  const doc = Object.assign(target, { visibilityState: initial });
  const set = (state: DocumentVisibilityState) => {
    doc.visibilityState = state;
    doc.dispatchEvent(new Event('visibilitychange'));
  };
  return { doc, set };
}

const MINUTE = 60_000;

describe('lockAfterHidden', () => {
  it('locks when the page comes back after being hidden for the idle time or longer', () => {
    let now = 0;
    const lock = vi.fn();
    const { doc, set } = fakeDocument();
    lockAfterHidden(doc, () => now, 10 * MINUTE, lock);
    set('hidden');
    now += 10 * MINUTE;
    expect(lock).not.toHaveBeenCalled();
    set('visible');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('does not lock after a shorter absence, and starts counting anew each time', () => {
    let now = 0;
    const lock = vi.fn();
    const { doc, set } = fakeDocument();
    lockAfterHidden(doc, () => now, 10 * MINUTE, lock);
    set('hidden');
    now += 9 * MINUTE;
    set('visible');
    now += 5 * MINUTE;
    set('hidden');
    now += 9 * MINUTE;
    set('visible');
    expect(lock).not.toHaveBeenCalled();
  });

  it('counts from the start when the page was already hidden', () => {
    let now = 0;
    const lock = vi.fn();
    const { doc, set } = fakeDocument('hidden');
    lockAfterHidden(doc, () => now, MINUTE, lock);
    now += MINUTE;
    set('visible');
    expect(lock).toHaveBeenCalledTimes(1);
  });

  it('stops watching when unsubscribed', () => {
    let now = 0;
    const lock = vi.fn();
    const { doc, set } = fakeDocument();
    const stop = lockAfterHidden(doc, () => now, MINUTE, lock);
    stop();
    set('hidden');
    now += 5 * MINUTE;
    set('visible');
    expect(lock).not.toHaveBeenCalled();
  });
});
