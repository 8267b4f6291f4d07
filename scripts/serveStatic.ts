import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running static server. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a folder over HTTP with the given headers (the tab's Content-Security-Policy), as the
 * production host would; unknown paths fall back to index.html.
 */
export async function serveStatic(options: {
  readonly dir: string;
  readonly port: number;
  /** Headers for every response, or for a path (the add-in's pages have a policy of their own). */
  readonly headers?:
    Readonly<Record<string, string>> | ((pathname: string) => Readonly<Record<string, string>>);
}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://static');
    let file = path.join(options.dir, decodeURIComponent(url.pathname));
    if (!file.startsWith(options.dir)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory())
      file = path.join(options.dir, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const headers =
      typeof options.headers === 'function'
        ? options.headers(`/${path.relative(options.dir, file)}`)
        : options.headers;
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      ...headers,
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
