import { beforeAll, describe, expect, it } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import { attentionText, clockTime, queuedLine } from './describe';
import { toView } from './schema';
import { entry } from './testing';

beforeAll(() => useLocale('en'));

describe('sentences about a delivery', () => {
  it('a retry later today reads as a time; one on another day says its date (an hour-long hold past midnight)', () => {
    const now = new Date(2026, 11, 5, 23, 30).getTime();
    expect(clockTime(now + 10 * 60_000, now)).toMatch(/^11:40:00\sPM$/);
    expect(clockTime(now + 60 * 60_000, now)).toMatch(/Dec 6, 2026/);
  });

  it('why it needs you: already in the CRM, too many tries, a refusal in the CRM’s words', () => {
    const view = (patch: Parameters<typeof entry>[0]) => toView(entry({ state: 'needs_attention', attempts: 16, ...patch }));
    expect(attentionText(view({ attention: { reason: 'duplicate', notifyAfter: 0, notifiedAt: null } }))).toBe(
      'Already in Syncro, as a record you have not seen (same phone or e-mail). Open it, update it, or create a new one anyway.',
    );
    expect(attentionText(view({ attention: { reason: 'gave_up', notifyAfter: 0, notifiedAt: null }, lastError: { code: 'server', crm: 'syncro', status: 503 } }))).toBe(
      'Syncro did not take it after 16 tries. Syncro is having problems (HTTP 503). Send it again once Syncro works, or discard it.',
    );
    expect(
      attentionText(
        view({ attention: { reason: 'rejected', notifyAfter: 0, notifiedAt: null }, lastError: { code: 'refused', crm: 'syncro', status: 413, message: 'Payload Too Large' } }),
      ),
    ).toBe('Syncro refused the request (HTTP 413): Payload Too Large');
    expect(
      attentionText(view({ attention: { reason: 'rejected', notifyAfter: 0, notifiedAt: null }, lastError: { code: 'refused', crm: 'syncro', status: 403, message: '' } })),
    ).toBe('Syncro refused the request (HTTP 403) without saying why.');
  });

  it('a create the CRM took without saying which record: "looking it up", not "not saved yet"', () => {
    const view = toView(entry({ state: 'retrying', confirming: 1, nextAttemptAt: 5_000, lastError: { code: 'unexpected', crm: 'syncro', status: 201, detail: 'lead: required' } }));
    expect(queuedLine(view)).toBe('Syncro took it, but its answer did not say which record it is; looking it up.');
  });
});
