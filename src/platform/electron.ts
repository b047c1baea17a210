// The Electron platform: the object the sandboxed preload exposes as `window.gedeeld`.
import type { Platform } from './Platform';

declare global {
  interface Window {
    gedeeld?: Platform;
  }
}

/** The preload's bridge, or null when running in a plain browser. */
export function electronPlatform(): Platform | null {
  return typeof window !== 'undefined' && window.gedeeld?.kind === 'electron' ? window.gedeeld : null;
}
