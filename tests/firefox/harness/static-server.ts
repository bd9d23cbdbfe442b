import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  origin: string;
  /** Paths requested, in order (e.g. to show a page was loaded from here and not elsewhere). */
  requests: string[];
  close(): Promise<void>;
}

/** Serves the committed HTML fixtures of one folder on 127.0.0.1 (`/<name>.html`), nothing else. */
export async function serveFixtures(dir: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    const name = path.basename(pathname);
    if (!/^[\w.-]+\.html$/.test(name) || name !== pathname.slice(1)) return void response.writeHead(404).end();
    try {
      const body = readFileSync(path.join(dir, name));
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
