import type { CrmId } from '../constants/crm';
import { SYNAX_API_HOST, SYNAX_DEFAULT_BASE_URL, SYNCRO_API_HOST, SYNCRO_DEFAULT_BASE_URL } from './base-urls';

interface CrmConfig {
  keyPrefix: string;
  /** How much of the key the vendor's own panel shows after the prefix. */
  visibleKeyChars: number;
  defaultBaseUrl: string;
  /** Base URLs must be on this host, on the default port: the host permissions and CSP allow only it. */
  apiHost: string;
}

export const CRM_CONFIG: Record<CrmId, CrmConfig> = {
  syncro: { keyPrefix: 'crm_', visibleKeyChars: 4, defaultBaseUrl: SYNCRO_DEFAULT_BASE_URL, apiHost: SYNCRO_API_HOST },
  synax: { keyPrefix: 'sk_live_', visibleKeyChars: 2, defaultBaseUrl: SYNAX_DEFAULT_BASE_URL, apiHost: SYNAX_API_HOST },
};

/** `rebind`: the base URL changed and no key was given: a saved key only goes where it was saved for. */
export type KeyProblem = 'empty' | 'prefix' | 'format' | 'rebind';

/** Catches a pasted wrong key (other CRM's, truncated, with spaces) before anything is saved. */
export function checkApiKey(crm: CrmId, key: string): KeyProblem | null {
  if (!key) return 'empty';
  if (!key.startsWith(CRM_CONFIG[crm].keyPrefix)) return 'prefix';
  return /^[A-Za-z0-9_-]{8,200}$/.test(key.slice(CRM_CONFIG[crm].keyPrefix.length)) ? null : 'format';
}

/** `crm_a1b2…`, `sk_live_9f…`: what the vendors' panels show of a saved key. */
export function keyHint(crm: CrmId, key: string): string {
  const { keyPrefix, visibleKeyChars } = CRM_CONFIG[crm];
  return `${key.slice(0, keyPrefix.length + visibleKeyChars)}…`;
}

export type BaseUrlProblem = 'invalid' | 'https' | 'host';
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Where the key may go: https on the vendor's API host (no other subdomain, port or user), and
 * a path only (a `?` or `#` would swallow the request paths). Checked when saved and again
 * wherever a base URL is used, so a stored or policy value cannot bypass it.
 */
export function checkBaseUrl(crm: CrmId, value: string, allowLoopback: boolean): BaseUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid';
  }
  if (url.search || url.hash) return 'invalid';
  if (allowLoopback && LOOPBACK_HOSTS.has(url.hostname) && url.protocol === 'http:') return null;
  if (url.protocol !== 'https:') return 'https';
  return url.hostname === CRM_CONFIG[crm].apiHost && url.port === '' && !url.username && !url.password ? null : 'host';
}

/** The base URL to use: the given one when it passes checkBaseUrl, else the vendor's default. */
export function usableBaseUrl(crm: CrmId, value: string, allowLoopback: boolean): string {
  return checkBaseUrl(crm, value, allowLoopback) ? CRM_CONFIG[crm].defaultBaseUrl : value;
}
