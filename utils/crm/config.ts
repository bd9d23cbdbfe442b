import type { CrmId } from '../constants/crm';
import { SYNAX_DEFAULT_BASE_URL, SYNCRO_DEFAULT_BASE_URL } from './base-urls';

interface CrmConfig {
  keyPrefix: string;
  /** How much of the key the vendor's own panel shows after the prefix. */
  visibleKeyChars: number;
  defaultBaseUrl: string;
  /** Base URLs must be on this domain (our host permissions cover only it). */
  vendorDomain: string;
}

export const CRM_CONFIG: Record<CrmId, CrmConfig> = {
  syncro: { keyPrefix: 'crm_', visibleKeyChars: 4, defaultBaseUrl: SYNCRO_DEFAULT_BASE_URL, vendorDomain: 'syncro.chat' },
  synax: { keyPrefix: 'sk_live_', visibleKeyChars: 2, defaultBaseUrl: SYNAX_DEFAULT_BASE_URL, vendorDomain: 'synax.app.br' },
};

export type KeyProblem = 'empty' | 'prefix' | 'format';

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

export function checkBaseUrl(crm: CrmId, value: string, allowLoopback: boolean): BaseUrlProblem | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid';
  }
  if (allowLoopback && LOOPBACK_HOSTS.has(url.hostname) && url.protocol === 'http:') return null;
  if (url.protocol !== 'https:') return 'https';
  const domain = CRM_CONFIG[crm].vendorDomain;
  return url.hostname === domain || url.hostname.endsWith(`.${domain}`) ? null : 'host';
}
