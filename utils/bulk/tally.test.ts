import { describe, expect, it } from 'vitest';
import { newEntry } from '../outbox/transitions';
import { delivery } from '../outbox/testing';
import { toView, type DeliveryView } from '../outbox/schema';
import { isFinal, tallyOf } from './tally';

const view = (crm: 'syncro' | 'synax', patch: Partial<DeliveryView>): DeliveryView => ({ ...toView(newEntry(delivery({ crm }), 1)), ...patch });

describe('tallyOf', () => {
  it('counts one CRM’s deliveries: created, updated, already there, needing the rep, on their way', () => {
    const views = [
      view('syncro', { state: 'delivered', via: 'created' }),
      view('syncro', { state: 'delivered', via: 'found' }),
      view('syncro', { state: 'delivered', via: 'updated' }),
      view('syncro', { state: 'needs_attention', reason: 'duplicate' }),
      view('syncro', { state: 'needs_attention', reason: 'rejected' }),
      view('syncro', { state: 'retrying' }),
      view('syncro', { state: 'queued' }),
      view('syncro', { state: 'discarded' }),
      view('synax', { state: 'delivered', via: 'created' }),
    ];
    expect(tallyOf(views, 'syncro')).toEqual({ created: 2, updated: 1, existing: 1, needsYou: 1, waiting: 2 });
    expect(tallyOf(views, 'synax')).toEqual({ created: 1, updated: 0, existing: 0, needsYou: 0, waiting: 0 });
  });

  it('calls a delivery final once only the rep can change it', () => {
    expect(['delivered', 'needs_attention', 'discarded'].map((state) => isFinal(view('syncro', { state: state as DeliveryView['state'] })))).toEqual([true, true, true]);
    expect(['queued', 'sending', 'retrying'].map((state) => isFinal(view('syncro', { state: state as DeliveryView['state'] })))).toEqual([false, false, false]);
  });
});
