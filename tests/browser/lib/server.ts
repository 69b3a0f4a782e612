import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

/** A page served from memory instead of the fixture folder (handy for one-off test pages). */
export interface InlinePage {
  body: string;
  type?: string;
  headers?: Record<string, string>;
  status?: number;
}

export interface ServeOptions {
  /** Extra response headers by URL path, e.g. { '/strict.html': { 'Content-Security-Policy': "default-src 'none'" } }. */
  headers?: Record<string, Record<string, string>>;
  /** Pages served from memory by URL path; they win over files with the same path. */
  pages?: Record<string, string | InlinePage>;
}

export interface FixtureServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** Absolute URL for a path under the served folder ("seed-choigou.html" or "/seed-choigou.html"). */
  url(path: string, query?: Record<string, string>): string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Static server for fixture pages on 127.0.0.1 with a random port.
 * `?csp=<policy>` on any URL adds that Content-Security-Policy header, so a test can check
 * that the extension still works on pages with a strict CSP without a second fixture file.
 */
export async function serveFixtures(
  dir = 'tests/fixtures/pages',
  options: ServeOptions = {},
): Promise<FixtureServer> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    handle(root, options, req, res).catch((error) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(`500 ${String(error)}`);
    });
  });
  // Tests must not hang on a keep-alive socket at close().
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url(path, query) {
      const url = new URL(path.startsWith('/') ? path : `/${path}`, origin);
      for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
      return url.href;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function handle(root: string, options: ServeOptions, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return send(res, 400, 'text/plain; charset=utf-8', 'bad path');
  }
  if (pathname.endsWith('/')) pathname += 'index.html';
  const extra: Record<string, string> = { 'Cache-Control': 'no-store', ...(options.headers?.[pathname] ?? {}) };
  const csp = url.searchParams.get('csp');
  if (csp) extra['Content-Security-Policy'] = csp;

  const inline = options.pages?.[pathname];
  if (inline !== undefined) {
    const page: InlinePage = typeof inline === 'string' ? { body: inline } : inline;
    return send(res, page.status ?? 200, page.type ?? contentTypeFor(pathname), page.body, {
      ...extra,
      ...(page.headers ?? {}),
    });
  }

  const file = resolve(join(root, pathname));
  // Never serve outside the fixture folder ("/../../etc/passwd").
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'text/plain; charset=utf-8', '403');
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) return send(res, 404, 'text/plain; charset=utf-8', `404 ${pathname}`);
  const body = await readFile(file);
  return send(res, 200, contentTypeFor(file), req.method === 'HEAD' ? '' : body, extra);
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'Content-Type': type, ...headers });
  res.end(body);
}
