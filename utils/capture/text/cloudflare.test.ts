import { describe, expect, it } from 'vitest';
import { decodeCloudflareEmail, protectedEmail, unprotectEmail } from './cloudflare.ts';

/** Encodes as Cloudflare does: the key byte, then each UTF-8 byte XOR the key. */
function encode(email: string, key: number): string {
  const bytes = [key, ...new TextEncoder().encode(email).map((byte) => byte ^ key)];
  return bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

describe('decodeCloudflareEmail', () => {
  it('decodes the XOR-encoded address, first byte being the key', () => {
    expect(decodeCloudflareEmail('5a30353b3574373b282e3334291a3935342e3b3833363f223b2e3b743f223b372a363f')).toBe('joao.martins@contabilexata.example');
    expect(decodeCloudflareEmail(encode('joão@acentos.example', 0x4f))).toBe('joão@acentos.example');
  });

  it('refuses what is not hex', () => {
    expect(decodeCloudflareEmail('zz12')).toBeNull();
    expect(decodeCloudflareEmail('')).toBeNull();
  });
});

describe('unprotectEmail', () => {
  it('decodes what the page script reported as protected and passes other values through', () => {
    expect(unprotectEmail(protectedEmail(encode('ana@x.example', 0x21)))).toBe('ana@x.example');
    expect(unprotectEmail(protectedEmail('zz'))).toBeNull();
    expect(unprotectEmail('ana@x.example')).toBe('ana@x.example');
  });
});
