// Security guards for every web contents: CSP, navigation, new windows, permissions, IPC senders.
import type { Session, WebContents } from 'electron';

const isDev = Boolean(process.env.ELECTRON_RENDERER_URL);

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  `connect-src 'self'${isDev ? ' ws://127.0.0.1:* http://127.0.0.1:*' : ''}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** The origin the app is served from: the dev server's, or `file://` for the built renderer. */
export function appOrigin(rendererUrl: string | undefined): string {
  return rendererUrl ? new URL(rendererUrl).origin : 'file://';
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Only the app's own pages: same dev-server origin, or a file inside the built renderer folder. */
export function isAllowedNavigation(url: string, origin: string, rendererDir?: string): boolean {
  const target = parse(url);
  if (!target) return false;
  if (origin === 'file://') {
    if (target.protocol !== 'file:' || !rendererDir) return false;
    const path = decodeURIComponent(target.pathname);
    const dir = rendererDir.replaceAll('\\', '/').replace(/\/$/, '');
    return path === `${dir}/index.html` || path.endsWith(`${dir}/index.html`);
  }
  return target.origin === origin;
}

export const isTrustedSender = isAllowedNavigation;

/** Only `mailto:` links may leave the app, handed to the system mail program. */
export function isAllowedExternalUrl(url: string): boolean {
  return parse(url)?.protocol === 'mailto:';
}

export function windowOpenHandler(openExternal: (url: string) => void) {
  return ({ url }: { url: string }): { action: 'deny' } => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  };
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** Wires the guards into one web contents; called for every contents the app creates. */
export function applyGuards(
  contents: WebContents,
  options: { origin: string; rendererDir: string; openExternal: (url: string) => void },
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, options.origin, options.rendererDir)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, options.origin, options.rendererDir)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(options.openExternal));
  denyAllPermissions(contents.session);
  contents.session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
