// Serves the built renderer (out/renderer) over HTTP through the same function as the app:// protocol
// handler, so Playwright in Chromium loads what the packaged app loads. Test use only: 127.0.0.1.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { APP_ORIGIN, serveRenderer } from '../electron/main/appProtocol';

/** The request as the app:// handler would see it: the raw path, unnormalised, put on app://gedeeld. */
export function toAppRequest(request: IncomingMessage): Request {
  return new Request(`${APP_ORIGIN}${request.url ?? '/'}`, { method: request.method ?? 'GET' });
}

async function answer(request: IncomingMessage, response: ServerResponse, root: string) {
  let reply: Response;
  try {
    reply = await serveRenderer(toAppRequest(request), { root, readFile });
  } catch {
    reply = new Response('Bad Request', { status: 400 });
  }
  response.writeHead(reply.status, Object.fromEntries(reply.headers));
  response.end(Buffer.from(await reply.arrayBuffer()));
}

export function startRendererServer(options: { root: string; port: number }): Promise<Server> {
  const server = createServer((request, response) => void answer(request, response, options.root));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done(server));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const port = Number(process.env.E2E_BUILT_PORT ?? 5197);
  const root = resolve(import.meta.dirname, '../out/renderer');
  await startRendererServer({ root, port });
  process.stdout.write(`built renderer via the app:// handler on http://127.0.0.1:${port}\n`);
}
