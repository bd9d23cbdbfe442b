import type { z } from 'zod';
import { fail, ok, type CrmError, type Result } from './errors';
import type { CrmId } from '../constants/crm';

export const DEFAULT_TIMEOUT_MS = 15_000;

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

/** What one adapter needs to talk to its CRM: where, with which headers, and how long to wait. */
export interface Transport {
  crm: CrmId;
  baseUrl: string;
  /** The vendor's documented auth header(s); the only place the key travels. */
  authHeaders: Record<string, string>;
  timeoutMs?: number;
}

export function buildUrl(baseUrl: string, path: string, query: HttpRequest['query'] = {}): string {
  const url = new URL(baseUrl.replace(/\/+$/, '') + path);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) url.searchParams.set(name, String(value));
  }
  return url.toString();
}

/**
 * Sends one request and returns the raw answer, or the transport failure (network, timeout)
 * already mapped into the error union. HTTP error statuses are left to the adapter, whose
 * vendor decides what they mean.
 */
export async function send(transport: Transport, request: HttpRequest): Promise<Result<HttpResponse>> {
  const timeoutMs = transport.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { Accept: 'application/json', ...transport.authHeaders };
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await fetch(buildUrl(transport.baseUrl, request.path, request.query), {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      cache: 'no-store',
    });
    return ok({ status: response.status, headers: response.headers, body: await readBody(response) });
  } catch (error) {
    return fail(transportError(transport.crm, error, timeoutMs));
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function transportError(crm: CrmId, error: unknown, timeoutMs: number): CrmError {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') return { code: 'timeout', crm, afterMs: timeoutMs };
  return { code: 'network', crm, offline: typeof navigator !== 'undefined' && navigator.onLine === false };
}

/** Validates a success body against the contract; a mismatch is an `unexpected` answer, not a crash. */
export function parseBody<S extends z.ZodType>(crm: CrmId, schema: S, response: HttpResponse): Result<z.output<S>> {
  const parsed = schema.safeParse(response.body);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const detail = issue ? `${issue.path.join('.') || '(body)'}: ${issue.message}` : 'invalid body';
  return fail({ code: 'unexpected', crm, status: response.status, detail });
}

/** Seconds to wait from a `Retry-After` header (seconds or HTTP date), else the body's own field. */
export function retryAfterSeconds(headers: Headers, bodyValue: unknown): number {
  const header = headers.get('retry-after');
  if (header !== null) {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return Math.max(0, seconds);
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.max(0, Math.ceil((date - Date.now()) / 1000));
  }
  return typeof bodyValue === 'number' && bodyValue >= 0 ? bodyValue : 60;
}

/** Maps a non-2xx answer to the error union, the way one vendor documents its errors. */
export type ErrorMapper = (response: HttpResponse) => CrmError;

/** One request whose 2xx body must match `schema`; anything else goes through the vendor's mapper. */
export async function call<S extends z.ZodType>(
  transport: Transport,
  request: HttpRequest,
  schema: S,
  toError: ErrorMapper,
): Promise<Result<z.output<S>>> {
  const sent = await send(transport, request);
  if (!sent.ok) return sent;
  const response = sent.data;
  if (response.status < 200 || response.status > 299) return fail(toError(response));
  return parseBody(transport.crm, schema, response);
}

/** Reads a string property from an error body of unknown shape. */
export function bodyText(body: unknown, ...keys: string[]): string {
  if (typeof body === 'string') return body;
  if (body && typeof body === 'object') {
    for (const key of keys) {
      const value = (body as Record<string, unknown>)[key];
      if (typeof value === 'string') return value;
    }
  }
  return '';
}

export function bodyField(body: unknown, key: string): unknown {
  return body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
}

/** The statuses every vendor means the same way. */
export function commonError(crm: CrmId, response: HttpResponse, retryAfterField: string): CrmError | null {
  if (response.status === 404) return { code: 'not_found', crm };
  if (response.status === 429) {
    return { code: 'rate_limited', crm, retryAfterSeconds: retryAfterSeconds(response.headers, bodyField(response.body, retryAfterField)) };
  }
  if (response.status >= 500) return { code: 'server', crm, status: response.status };
  return null;
}

export function unexpectedStatus(crm: CrmId, response: HttpResponse): CrmError {
  const text = bodyText(response.body, 'message', 'error');
  return { code: 'unexpected', crm, status: response.status, detail: text.slice(0, 200) || `HTTP ${response.status}` };
}
