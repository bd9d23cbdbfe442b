import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FreshConnectionProxy {
  /** Point the extension here instead of the mock's own baseUrl. */
  baseUrl: string;
  origin: string;
  close(): Promise<void>;
}

/**
 * Chromium resends a request by itself — POSTs included — when a reused keep-alive connection
 * breaks before any byte of the answer (net::HttpNetworkTransaction::ShouldResendRequest). A
 * server that writes the record and then drops such a connection therefore gets the create
 * twice before the extension sees anything, and no fetch() option turns that off (see
 * docs/architecture.md, "The outbox"). To test what *our* code does with a dropped connection, the outbox specs and the
 * soak talk to the mocks through this proxy, which closes every connection after one request:
 * no connection is ever reused, so a drop reaches the extension as the network error it is.
 * Faults, records and the request log stay the mock's own (tests/mock-crm is not ours to change).
 */
export async function freshConnections(mock: { origin: string; baseUrl: string }): Promise<FreshConnectionProxy> {
  const target = new URL(mock.origin);
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, connection: 'close' }, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, connection: 'close' });
        answer.pipe(res);
      },
    );
    // The mock dropped the connection (an injected fault): drop ours the same way.
    upstream.on('error', () => req.socket.destroy());
    // The browser went away (closed, worker stopped) before the answer: so does the mock's client.
    res.on('close', () => {
      if (!res.writableFinished) upstream.destroy();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    baseUrl: origin + mock.baseUrl.slice(mock.origin.length),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
