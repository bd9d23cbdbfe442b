import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Firefox's proxy for everything that is not loopback: it records the host and refuses the
 * request. Pointing the profile at it (prefs in firefox.ts) keeps the suite hermetic on a closed
 * network (nothing waits on a DNS or TCP timeout) and lets a test prove that neither the browser
 * nor the extension phones home. Loopback is never proxied (`network.proxy.allow_hijacking_localhost`
 * stays false), so the mock CRMs and fixture servers are reached directly.
 */
export interface EgressTrap {
  port: number;
  /** `host:port` of every connection Firefox tried to open outside loopback, in order. */
  attempts: string[];
  close(): Promise<void>;
}

export async function startEgressTrap(): Promise<EgressTrap> {
  const attempts: string[] = [];
  const server = http.createServer((request, response) => {
    // Plain-HTTP proxy requests carry the absolute URL.
    attempts.push(hostOf(request.url ?? ''));
    response.writeHead(403, { connection: 'close' }).end('blocked by the e2e egress trap');
  });
  // HTTPS (and wss) go through CONNECT: refuse the tunnel.
  server.on('connect', (request: http.IncomingMessage, socket: import('node:stream').Duplex) => {
    attempts.push(request.url ?? '?');
    socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || (parsed.protocol === 'https:' ? 443 : 80)}`;
  } catch {
    return url;
  }
}
