import { describe, expect, it } from 'vitest';
import { contactDraftSchema } from '../crm/provider';
import { CONTACT_LIMITS, isWebLink, needsPhone, RATE_LIMITS } from './crm';

describe('CRM constants', () => {
  it('only Synax needs a phone', () => {
    expect(needsPhone('synax')).toBe(true);
    expect(needsPhone('syncro')).toBe(false);
  });

  it('opens only http(s) record links', () => {
    expect(isWebLink('https://app.syncro.chat/leads/1')).toBe(true);
    expect(isWebLink('HTTP://localhost:4010/c/2')).toBe(true);
    expect(isWebLink('javascript:alert(1)')).toBe(false);
    expect(isWebLink('data:text/html,hi')).toBe(false);
  });

  it('are the limits the background enforces', () => {
    const contact = { name: 'Maria', phones: [], email: null, company: null, notes: null, tags: [], source: null };
    expect(contactDraftSchema.safeParse({ ...contact, notes: 'x'.repeat(CONTACT_LIMITS.notes) }).success).toBe(true);
    expect(contactDraftSchema.safeParse({ ...contact, notes: 'x'.repeat(CONTACT_LIMITS.notes + 1) }).success).toBe(false);
    expect(contactDraftSchema.safeParse({ ...contact, tags: Array(CONTACT_LIMITS.tags + 1).fill('t') }).success).toBe(false);
  });

  it('paces at the published vendor limits: 60 a minute for Syncro, 300 for Synax', () => {
    expect(RATE_LIMITS).toEqual({ syncro: { requests: 60, windowMs: 60_000 }, synax: { requests: 300, windowMs: 60_000 } });
  });
});
