// Serves the built renderer over app://gedeeld: one Request → Response function, shared by the
// Electron protocol handler and the Node test server that Playwright loads the built renderer from.
import { extname, resolve, sep } from 'node:path';
import { contentSecurityPolicy, RELEASE_CSP, STYLE_NONCE_PLACEHOLDER } from './contentSecurityPolicy';

export const APP_SCHEME = 'app';
export const APP_HOST = 'gedeeld';
/** The origin decides where IndexedDB keeps every home: it must never change after release. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Standard + secure gives a real origin, IndexedDB and WebCrypto; CSP is never bypassed. corsEnabled
 * stays off: our module scripts are same-origin, and off keeps the scheme unreadable cross-origin.
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    bypassCSP: false,
    corsEnabled: false,
    allowServiceWorkers: false,
    stream: false,
  },
} as const;

/** Only the kinds of files a Vite build emits; anything else is not served. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface RendererFiles {
  /** Absolute path of the built renderer folder (out/renderer). */
  root: string;
  readFile: (path: string) => Promise<Uint8Array>;
}

/**
 * The file inside `root` that a URL names, or null when it must not be served: another scheme or host,
 * credentials or a port, empty, `.`/`..` or encoded separators, drive letters, NUL or control characters.
 */
export function rendererFilePath(url: string, root: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.username || parsed.password || parsed.port) return null;
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  const pathname = parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  const segments: string[] = [];
  for (const raw of pathname.slice(1).split('/')) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment === '' || segment === '.' || segment === '..') return null;
    if (/[\\/:\p{Cc}]/u.test(segment)) return null;
    segments.push(segment);
  }
  const base = resolve(root);
  const path = resolve(base, ...segments);
  return path.startsWith(base + sep) ? path : null;
}

function isMissing(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR';
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Answers one request for the renderer: the file with its MIME type and the strict CSP, or 404. */
export async function serveRenderer(request: Request, files: RendererFiles): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
  const path = rendererFilePath(request.url, files.root);
  const type = path ? MIME_TYPES[extname(path).toLowerCase()] : undefined;
  if (!path || !type) return plain(404, 'Not Found');
  let body: Uint8Array;
  try {
    body = await files.readFile(path);
  } catch (error) {
    return isMissing(error) ? plain(404, 'Not Found') : plain(500, 'Internal Server Error');
  }
  let policy = RELEASE_CSP;
  if (type.startsWith('text/html')) {
    // A fresh nonce per page for Mantine's <style> elements, in the header and in the page itself.
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
    policy = contentSecurityPolicy({ dev: false, styleNonce: nonce });
    body = new TextEncoder().encode(
      new TextDecoder().decode(body).replaceAll(STYLE_NONCE_PLACEHOLDER, nonce),
    );
  }
  return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: {
      'Content-Type': type,
      'Content-Length': String(body.byteLength),
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}
