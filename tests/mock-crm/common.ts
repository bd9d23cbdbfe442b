// Shared machinery of the mock CRMs: one HTTP server shape, request recording, fault injection,
// routing and a fixed-window rate limiter. The vendor modules (syncro.ts, synax.ts) decide what
// each answer looks like; nothing here knows a vendor's envelopes.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';

export type Query = Record<string, string | string[]>;

export interface RecordedRequest {
  method: string;
  /** Path without the base prefix, e.g. '/leads' (the full path when outside the prefix). */
  path: string;
  /** Repeated keys (tags[]=a&tags[]=b) become arrays; key names are kept as sent. */
  query: Query;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON, the raw string when it is not JSON, or undefined when empty. */
  body: unknown;
  /** Status the mock answered; 0 while pending or when the connection was dropped. */
  status: number;
  at: number;
}

export type Fault =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'latency'; ms: number }
  | { kind: 'drop' }
  | { kind: 'drop-after-commit' }
  /** The request is handled (a create is written), then this answer replaces the real one: a 201 with a body the client cannot read. */
  | { kind: 'reply-after-commit'; status: number; body?: unknown; headers?: Record<string, string> }
  /** The request is handled as if it had no query string: a lookup whose filter the gateway ignores answers unrelated records. */
  | { kind: 'ignore-filter' };

export interface FaultRule {
  fault: Fault;
  /** How many requests the rule applies to; default Infinity. */
  times?: number;
  method?: string;
  /** Matched against the path without the prefix. */
  path?: string | RegExp;
}

export interface MockServer {
  baseUrl: string;
  origin: string;
  requests: RecordedRequest[];
  inject(rule: FaultRule): void;
  clearFaults(): void;
  /** Clears requests, faults, created records and rate-limit counters; keys and fixtures stay. */
  reset(): void;
  close(): Promise<void>;
}

export type ParsedBody = { kind: 'empty' } | { kind: 'json'; value: unknown } | { kind: 'invalid'; raw: string };

/** One request as the vendor pipeline sees it. */
export interface MockCall {
  method: string;
  path: string;
  /** Path as received, e.g. '/api/v1/leads'. */
  fullPath: string;
  /** False when the path is outside the vendor prefix: no route can match it. */
  inPrefix: boolean;
  query: Query;
  headers: Record<string, string>;
  body: ParsedBody;
}

/** A string body is sent verbatim (e.g. an HTML error page); anything else as JSON. */
export interface MockReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface MockServerSpec {
  prefix: string;
  port?: number;
  /** The vendor pipeline: auth → rate limit → route → scope → handler. */
  handle(call: MockCall): MockReply;
  /** The vendor-shaped answer for an injected `status` fault (the rule's body/headers win). */
  faultReply(status: number, call: MockCall): MockReply;
  /** Forget created records and rate-limit counters. */
  resetState(): void;
}

export function reply(status: number, body?: unknown, headers?: Record<string, string>): MockReply {
  return { status, body, headers };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export async function startMockServer(spec: MockServerSpec): Promise<MockServer> {
  const requests: RecordedRequest[] = [];
  const faults: Array<FaultRule & { remaining: number }> = [];
  // Aborted by close(), so a pending latency timer neither outlives the server nor handles late.
  const closing = new AbortController();

  function takeFault(call: MockCall): Fault | undefined {
    const rule = faults.find((candidate) => candidate.remaining > 0 && faultMatches(candidate, call));
    if (rule === undefined) return undefined;
    rule.remaining -= 1;
    return rule.fault;
  }

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const call = await readCall(req, spec.prefix);
    const record: RecordedRequest = {
      method: call.method,
      path: call.path,
      query: call.query,
      headers: call.headers,
      body: recordedBody(call.body),
      status: 0,
      at: Date.now(),
    };
    requests.push(record);
    const fault = takeFault(call);
    if (fault?.kind === 'drop') return void req.socket.destroy();
    if (fault?.kind === 'status') return send(res, record, withFaultOverrides(spec.faultReply(fault.status, call), fault));
    if (fault?.kind === 'latency') await delay(fault.ms, undefined, { signal: closing.signal }).catch(() => undefined);
    if (closing.signal.aborted) return;
    const answer = spec.handle(fault?.kind === 'ignore-filter' ? { ...call, query: {} } : call);
    // The record now exists; the client only sees a broken connection (ambiguous failure).
    if (fault?.kind === 'drop-after-commit') return void req.socket.destroy();
    if (fault?.kind === 'reply-after-commit') return send(res, record, { status: fault.status, body: fault.body, headers: fault.headers });
    send(res, record, answer);
  }

  const server = http.createServer((req, res) => {
    serve(req, res).catch((error: unknown) => {
      console.error('mock-crm: handler failed', error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  const origin = await listen(server, spec.port);

  return {
    baseUrl: origin + spec.prefix,
    origin,
    requests,
    inject: (rule) => void faults.push({ ...rule, remaining: rule.times ?? Infinity }),
    clearFaults: () => void (faults.length = 0),
    reset() {
      requests.length = 0;
      faults.length = 0;
      spec.resetState();
    },
    close() {
      closing.abort();
      return closeServer(server);
    },
  };
}

function faultMatches(rule: FaultRule, call: MockCall): boolean {
  if (rule.method !== undefined && rule.method.toUpperCase() !== call.method) return false;
  if (rule.path === undefined) return true;
  return typeof rule.path === 'string' ? rule.path === call.path : rule.path.test(call.path);
}

function withFaultOverrides(base: MockReply, fault: Extract<Fault, { kind: 'status' }>): MockReply {
  return {
    status: fault.status,
    body: fault.body === undefined ? base.body : fault.body,
    headers: { ...base.headers, ...fault.headers },
  };
}

async function readCall(req: http.IncomingMessage, prefix: string): Promise<MockCall> {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  // Both vendors' routers ignore a trailing slash.
  const fullPath = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
  const inPrefix = fullPath === prefix || fullPath.startsWith(prefix + '/');
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: inPrefix ? fullPath.slice(prefix.length) || '/' : fullPath,
    fullPath,
    inPrefix,
    query: parseQuery(url.searchParams),
    headers: flattenHeaders(req.headers),
    body: parseBody(await readText(req)),
  };
}

function parseQuery(params: URLSearchParams): Query {
  const query: Query = {};
  for (const [name, value] of params) {
    const seen = query[name];
    query[name] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

async function readText(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The Content-Type is deliberately not consulted: valid JSON parses whatever the header says. */
function parseBody(text: string): ParsedBody {
  if (text.trim() === '') return { kind: 'empty' };
  try {
    return { kind: 'json', value: JSON.parse(text) as unknown };
  } catch {
    return { kind: 'invalid', raw: text };
  }
}

function recordedBody(body: ParsedBody): unknown {
  if (body.kind === 'json') return body.value;
  return body.kind === 'invalid' ? body.raw : undefined;
}

function send(res: http.ServerResponse, record: RecordedRequest, answer: MockReply): void {
  if (res.socket === null || res.socket.destroyed) return; // the client went away meanwhile
  const text = typeof answer.body === 'string';
  const payload = answer.body === undefined ? '' : text ? String(answer.body) : JSON.stringify(answer.body);
  const contentType = payload === '' ? {} : { 'content-type': text ? 'text/plain; charset=utf-8' : 'application/json' };
  record.status = answer.status;
  res.writeHead(answer.status, { ...contentType, ...answer.headers });
  res.end(payload);
}

function listen(server: http.Server, port = 0): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address() as AddressInfo;
      resolve(`http://127.0.0.1:${bound}`);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  if (!server.listening) return Promise.resolve();
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // Keep-alive sockets (fetch keeps them by default) would otherwise hold close() for seconds.
    server.closeAllConnections();
  });
}
