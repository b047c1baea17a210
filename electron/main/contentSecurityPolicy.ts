// The one Content-Security-Policy of the app: the strict release policy, and the dev server's looser one.

export interface PolicyOptions {
  /** The Vite dev server injects CSS as <style> elements and reloads over a websocket. */
  dev: boolean;
  /** A <meta> policy cannot carry frame-ancestors (browsers ignore it there with a warning). */
  meta?: boolean;
  /**
   * The nonce of the page's own <style> elements (Mantine writes its CSS variables into one); the
   * app:// handler makes a fresh one for every page it serves.
   */
  styleNonce?: string;
}

/**
 * Stands in for the nonce in the built index.html (the <meta> policy and the `csp-nonce` <meta> the
 * renderer reads); the app:// handler replaces it with a fresh nonce per page.
 */
export const STYLE_NONCE_PLACEHOLDER = 'GedeeldStyleNonce';

export function contentSecurityPolicy({ dev, meta = false, styleNonce }: PolicyOptions): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Release: the built CSS is a <link>ed file and React sets style props through the CSSOM, which
    // CSP does not govern; the only <style> elements are Mantine's, carrying the page's nonce.
    `style-src 'self'${dev ? " 'unsafe-inline'" : ''}${styleNonce ? ` 'nonce-${styleNonce}'` : ''}`,
    "img-src 'self' data: blob:",
    `connect-src 'self'${dev ? ' ws://127.0.0.1:* http://127.0.0.1:*' : ''}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(meta ? [] : ["frame-ancestors 'none'"]),
  ].join('; ');
}

export const RELEASE_CSP = contentSecurityPolicy({ dev: false });
