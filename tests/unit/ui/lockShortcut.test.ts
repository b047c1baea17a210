// Ctrl+L / ⌘L locks at once; other keys do not, and nothing is heard once listening stopped.
import { describe, expect, it, vi } from 'vitest';
import { isLockShortcut, watchLockShortcut, type KeySource } from '../../../src/ui/lockShortcut';

function keydown(key: string, modifiers: { ctrlKey?: boolean; metaKey?: boolean } = {}): KeyboardEvent {
  return Object.assign(new Event('keydown', { cancelable: true }), {
    key,
    ctrlKey: modifiers.ctrlKey ?? false,
    metaKey: modifiers.metaKey ?? false,
  }) as KeyboardEvent;
}

describe('lock shortcut', () => {
  it('is Ctrl+L or ⌘L, with or without Shift (capital L)', () => {
    expect(isLockShortcut(keydown('l', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(keydown('L', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(keydown('l', { metaKey: true }))).toBe(true);
    expect(isLockShortcut(keydown('l'))).toBe(false);
    expect(isLockShortcut(keydown('k', { ctrlKey: true }))).toBe(false);
  });

  it('locks on Ctrl+L and keeps the browser from acting on it; other keys pass', () => {
    const source = new EventTarget() as EventTarget & KeySource;
    const lock = vi.fn();
    const stop = watchLockShortcut(source, lock);

    const typed = keydown('l');
    source.dispatchEvent(typed);
    expect(lock).not.toHaveBeenCalled();
    expect(typed.defaultPrevented).toBe(false);

    const shortcut = keydown('l', { ctrlKey: true });
    source.dispatchEvent(shortcut);
    expect(lock).toHaveBeenCalledTimes(1);
    expect(shortcut.defaultPrevented).toBe(true);

    stop();
    source.dispatchEvent(keydown('l', { ctrlKey: true }));
    expect(lock).toHaveBeenCalledTimes(1);
  });
});
