import { describe, expect, it } from 'vitest';
import { newEntry } from '../outbox/transitions';
import { delivery } from '../outbox/testing';
import type { OutboxEntry } from '../outbox/schema';
import type { DeliveryState } from '../outbox/states';
import { phoneUpdateInOutbox, phoneUpdateState } from './whatsapp-earlier';

// Issue 19: reopening a LID chat while the number is on its way to the lead saved earlier.
const lead = { crm: 'syncro' as const, id: '31' };
const addingPhone = (state: DeliveryState, patch: Partial<Parameters<typeof delivery>[0]> = {}): OutboxEntry => ({
  ...newEntry(delivery({ mode: { kind: 'update', id: '31', only: 'phone' }, lid: '203040506070811@lid', ...patch }), 1_000),
  state,
});

describe('an update adding the number already in the outbox', () => {
  it('queued, sending or retrying: under way, so it is not offered again', () => {
    for (const state of ['queued', 'sending', 'retrying'] as const) {
      const entry = addingPhone(state);
      expect(phoneUpdateInOutbox(lead, [entry])).toBe(entry);
      expect(phoneUpdateState(lead, [entry])).toBe('underway');
    }
  });

  it('refused by the CRM: it waits for the rep in the capture history, not for a second update', () => {
    expect(phoneUpdateState(lead, [addingPhone('needs_attention')])).toBe('needs-you');
  });

  it('delivered (the history has the number) or discarded (the rep gave up on it): nothing in the way of an offer', () => {
    expect(phoneUpdateState(lead, [addingPhone('delivered'), addingPhone('discarded')])).toBeNull();
  });

  it('only an update of the phone alone, of that record, in that CRM', () => {
    const others = [
      addingPhone('retrying', { mode: { kind: 'update', id: '32', only: 'phone' } }),
      addingPhone('retrying', { crm: 'synax', destination: 'synax' }),
      addingPhone('retrying', { mode: { kind: 'update', id: '31' } }),
      addingPhone('retrying', { mode: { kind: 'create' } }),
    ];
    expect(phoneUpdateInOutbox(lead, others)).toBeNull();
    expect(phoneUpdateInOutbox(lead, [...others, addingPhone('sending')])).toMatchObject({ state: 'sending' });
  });
});
