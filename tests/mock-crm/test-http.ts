// Test helper: one real HTTP request against a mock, answer decoded.

export interface HttpAnswer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the raw text when it is not JSON. */
  body: unknown;
}

export interface RequestOptions {
  headers?: Record<string, string>;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
}

export async function request(url: string, method = 'GET', options: RequestOptions = {}): Promise<HttpAnswer> {
  const hasBody = options.body !== undefined;
  const response = await fetch(url, {
    method,
    headers: { ...(hasBody ? { 'content-type': 'application/json' } : {}), ...options.headers },
    body: hasBody ? (typeof options.body === 'string' ? options.body : JSON.stringify(options.body)) : undefined,
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: parseJson(text) };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A caller bound to a base URL and auth headers: `api('POST', '/leads', body)`. */
export function client(baseUrl: string, headers: Record<string, string>) {
  return (method: string, path: string, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<HttpAnswer> =>
    request(baseUrl + path, method, { headers: { ...headers, ...extraHeaders }, body });
}
