import { describe, expect, it } from 'vitest';
import { checkApiKey, checkBaseUrl, keyHint, usableBaseUrl } from './config';

describe('key and base URL checks', () => {
  it('knows each vendor prefix', () => {
    expect(checkApiKey('syncro', 'crm_a1b2c3d4e5f6')).toBeNull();
    expect(checkApiKey('syncro', 'sk_live_a1b2c3d4e5')).toBe('prefix');
    expect(checkApiKey('synax', 'sk_live_9f8e7d6c5b')).toBeNull();
    expect(checkApiKey('synax', 'crm_a1b2c3d4e5f6')).toBe('prefix');
    expect(checkApiKey('synax', '')).toBe('empty');
    expect(checkApiKey('syncro', 'crm_abc')).toBe('format');
    expect(checkApiKey('syncro', 'crm_a1b2c3 d4e5f6')).toBe('format');
  });

  it('shows only what the vendor panels show', () => {
    expect(keyHint('syncro', 'crm_a1b2c3d4e5f6')).toBe('crm_a1b2…');
    expect(keyHint('synax', 'sk_live_9f8e7d6c5b')).toBe('sk_live_9f…');
  });

  it('wants https on the vendor API host exactly, loopback only in the e2e build', () => {
    expect(checkBaseUrl('syncro', 'https://app.syncro.chat/api/v1', false)).toBeNull();
    expect(checkBaseUrl('synax', 'https://api.synax.app.br/functions/v1/api-proxy', false)).toBeNull();
    // Another subdomain, port or user is not where the key goes (no `*.` host permission covers it).
    expect(checkBaseUrl('syncro', 'https://staging.syncro.chat/api/v1', false)).toBe('host');
    expect(checkBaseUrl('syncro', 'https://app.syncro.chat:8443/api/v1', false)).toBe('host');
    expect(checkBaseUrl('syncro', 'https://me:pw@app.syncro.chat/api/v1', false)).toBe('host');
    expect(checkBaseUrl('synax', 'https://app.synax.app.br/functions/v1/api-proxy', false)).toBe('host');
    expect(checkBaseUrl('syncro', 'https://app.syncro.chat/api/v1?x=1', false)).toBe('invalid');
    expect(checkBaseUrl('syncro', 'https://app.syncro.chat/api/v1#.evil', false)).toBe('invalid');
    expect(usableBaseUrl('syncro', 'http://app.syncro.chat/api/v1', false)).toBe('https://app.syncro.chat/api/v1');
    expect(usableBaseUrl('syncro', 'https://evil.example/api/v1', false)).toBe('https://app.syncro.chat/api/v1');
    expect(usableBaseUrl('syncro', 'http://127.0.0.1:4010/api/v1', true)).toBe('http://127.0.0.1:4010/api/v1');
    expect(checkBaseUrl('syncro', 'https://evil-syncro.chat/api/v1', false)).toBe('host');
    expect(checkBaseUrl('synax', 'http://api.synax.app.br/functions/v1/api-proxy', false)).toBe('https');
    expect(checkBaseUrl('synax', 'api.synax.app.br', false)).toBe('invalid');
    expect(checkBaseUrl('syncro', 'http://127.0.0.1:4010/api/v1', false)).toBe('https');
    expect(checkBaseUrl('syncro', 'http://127.0.0.1:4010/api/v1', true)).toBeNull();
    expect(checkBaseUrl('syncro', 'http://10.0.0.1/api/v1', true)).toBe('https');
  });
});
