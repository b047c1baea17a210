// Security guards for every web contents: CSP, navigation, new windows, webviews, permissions, IPC senders.
import type { Session, WebContents } from 'electron';
import { APP_ORIGIN } from './appProtocol';
import { contentSecurityPolicy } from './contentSecurityPolicy';

export interface ShellPolicy {
  /** The dev server to load, honoured only when not packaged: a release never loads a URL from the environment. */
  devServerUrl: string | undefined;
  /** The exact origin of the app's pages: navigation and IPC senders are compared with it. */
  origin: string;
  devTools: boolean;
  contentSecurityPolicy: string;
}

/** What a release may do versus a developer's unpackaged run, decided once from `app.isPackaged`. */
export function shellPolicy(isPackaged: boolean, env: Record<string, string | undefined>): ShellPolicy {
  const devServerUrl = isPackaged ? undefined : env.ELECTRON_RENDERER_URL || undefined;
  const devOrigin = devServerUrl ? originOf(devServerUrl) : null;
  return {
    devServerUrl: devOrigin ? devServerUrl : undefined,
    origin: devOrigin ?? APP_ORIGIN,
    devTools: !isPackaged,
    contentSecurityPolicy: contentSecurityPolicy({ dev: Boolean(devOrigin) }),
  };
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * scheme://host[:port] of a URL, written out by hand because Node's URL reports the origin of a
 * custom scheme as "null"; URLs with credentials have no origin we trust.
 */
export function originOf(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password || !parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

/** Only the app's own pages: the exact origin, nothing that merely ends or starts the same way. */
export function isAllowedNavigation(url: string, origin: string): boolean {
  return originOf(url) === origin;
}

/** IPC is answered only for frames of the app's exact origin. */
export const isTrustedSender = isAllowedNavigation;

/**
 * Command-line switches that let another program attach a debugger to the pages (and read decrypted
 * data from them) or change V8's behaviour; no fuse covers the Chromium ones, so a release refuses them.
 */
export const REFUSED_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'js-flags',
] as const;

/** The first refused switch given on the command line, or null. */
export function refusedSwitch(hasSwitch: (name: string) => boolean): string | null {
  return REFUSED_SWITCHES.find((name) => hasSwitch(name)) ?? null;
}

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

/** Whether a response comes from our own app:// handler (exactly our origin, nothing that only looks like it). */
export function isFromAppHandler(url: string): boolean {
  return originOf(url) === APP_ORIGIN;
}

/** Wires the guards into one web contents; called for every contents the app creates. */
export function applyGuards(
  contents: WebContents,
  options: { origin: string; contentSecurityPolicy: string; openExternal: (url: string) => void },
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url, options.origin)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url, options.origin)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(windowOpenHandler(options.openExternal));
  denyAllPermissions(contents.session);
  contents.session.webRequest.onHeadersReceived((details, callback) => {
    // The app:// handler sets the release policy itself, with the page's fresh style nonce.
    if (isFromAppHandler(details.url)) return callback({ responseHeaders: details.responseHeaders });
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [options.contentSecurityPolicy],
      },
    });
  });
}
