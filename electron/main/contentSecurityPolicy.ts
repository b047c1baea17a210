// The one Content-Security-Policy of the app: the strict release policy, and the dev server's looser one.

export interface PolicyOptions {
  /** The Vite dev server injects CSS as <style> elements and reloads over a websocket. */
  dev: boolean;
  /** A <meta> policy cannot carry frame-ancestors (browsers ignore it there with a warning). */
  meta?: boolean;
}

export function contentSecurityPolicy({ dev, meta = false }: PolicyOptions): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Release: the built CSS is a <link>ed file and React sets style props through the CSSOM,
    // which CSP does not govern, so no inline styles need to be allowed.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data: blob:",
    `connect-src 'self'${dev ? ' ws://127.0.0.1:* http://127.0.0.1:*' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

export const RELEASE_CSP = contentSecurityPolicy({ dev: false });
