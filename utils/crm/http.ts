import type { z } from 'zod';
import { fail, ok, type CrmError, type Result } from './errors';
import type { CrmId } from '../constants/crm';

export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * The longest wait a 429 may ask for. A `Retry-After` in milliseconds, a quota "come back next
 * month" or a date read with a wrong clock would otherwise stop every save to that CRM for days.
 */
export const RETRY_AFTER_MAX_S = 60 * 60;
/** When a 429 says nothing usable about how long to wait. */
export const RETRY_AFTER_DEFAULT_S = 60;

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
  /** Resolves when the CRM's rate limit lets one more request go (utils/outbox/pacing.ts). */
  pace?: () => Promise<void>;
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
  await transport.pace?.();
  try {
    const response = await fetch(buildUrl(transport.baseUrl, request.path, request.query), {
      method: request.method,
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
      cache: 'no-store',
      // A redirect would carry the key's header and the contact to wherever it points: never follow one.
      redirect: 'error',
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

/**
 * Seconds to wait from a `Retry-After` header (seconds or HTTP date), else the body's own field,
 * else a minute; never more than RETRY_AFTER_MAX_S.
 */
export function retryAfterSeconds(headers: Headers, bodyValue: unknown, now = Date.now()): number {
  return Math.min(RETRY_AFTER_MAX_S, Math.max(0, readRetryAfter(headers.get('retry-after'), bodyValue, now)));
}

function readRetryAfter(header: string | null, bodyValue: unknown, now: number): number {
  if (header !== null && header.trim() !== '') {
    const seconds = Number(header);
    if (Number.isFinite(seconds)) return seconds;
    const date = Date.parse(header);
    if (!Number.isNaN(date)) return Math.ceil((date - now) / 1000);
  }
  return typeof bodyValue === 'number' && Number.isFinite(bodyValue) && bodyValue >= 0 ? bodyValue : RETRY_AFTER_DEFAULT_S;
}

/** Maps a non-2xx answer to the error union, the way one vendor documents its errors. */
export type ErrorMapper = (response: HttpResponse) => CrmError;

/** One request whose 2xx body must match `schema`; anything else goes through the vendor's mapper. */
export async function call<S extends z.ZodType>(transport: Transport, request: HttpRequest, schema: S, toError: ErrorMapper): Promise<Result<z.output<S>>> {
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

/** The longest refusal text we keep: enough for a sentence, not a whole error page. */
export const REFUSAL_MESSAGE_MAX = 300;

/**
 * A status the vendor's mapper does not know. Any 4xx is a refusal in the CRM's own words (a
 * retry would be refused the same way); anything else (1xx, 3xx) is an answer we cannot read.
 */
export function otherStatus(crm: CrmId, response: HttpResponse): CrmError {
  const text = readableMessage(response.body);
  if (response.status >= 400 && response.status <= 499) return { code: 'refused', crm, status: response.status, message: text };
  return { code: 'unexpected', crm, status: response.status, detail: text || `HTTP ${response.status}` };
}

/** The error body's message as one short line; an HTML page (a firewall's, a proxy's) says nothing we can show. */
function readableMessage(body: unknown): string {
  const text = bodyText(body, 'message', 'error').trim();
  if (text.startsWith('<')) return '';
  // eslint-disable-next-line no-control-regex -- control characters are what this removes
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').slice(0, REFUSAL_MESSAGE_MAX);
}
