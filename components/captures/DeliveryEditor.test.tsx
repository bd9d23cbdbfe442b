// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import type { DeliveryView } from '@/utils/outbox/schema';
import { DeliveryEditor } from './DeliveryEditor';

const delivery: DeliveryView = {
  id: 'd1',
  crm: 'synax',
  action: 'create',
  state: 'needs_attention',
  attempts: 1,
  nextAttemptAt: null,
  lastError: null,
  record: null,
  followUp: null,
  via: null,
  reason: 'rejected',
  matches: [],
  confirming: false,
  createdAt: 0,
  settledAt: null,
  contact: { name: 'Maria Souza', phones: ['+5511987654321'], email: 'maria@x', company: null, notes: null, tags: ['vip'], source: 'e2e' },
  page: { url: 'https://padariasol.example/', title: 'Padaria' },
  draftKey: null,
};

function edit(changes: Record<string, string>) {
  const onSend = vi.fn();
  render(<DeliveryEditor delivery={delivery} country="BR" onSend={onSend} onCancel={() => {}} />);
  for (const [label, value] of Object.entries(changes)) fireEvent.change(screen.getByLabelText(label), { target: { value } });
  fireEvent.click(screen.getByRole('button', { name: 'Save and send' }));
  return onSend;
}

beforeAll(() => useLocale('en'));
afterEach(cleanup);

describe('the captures page editor checks like the popup', () => {
  it('refuses a CPF typed as a +55 number, as capture and the popup do', () => {
    const onSend = edit({ Phone: '+55 12 34567-8909', Email: 'maria@padariasol.example' });
    expect(screen.getByText(/^Not a valid phone number/)).toBeTruthy();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('requires a phone for Synax and holds notes to the CRM limit', () => {
    const onSend = edit({ Phone: '', Email: 'maria@padariasol.example', Notes: 'x'.repeat(2001) });
    expect(screen.getByText('Required.')).toBeTruthy();
    expect(screen.getByText('At most 2000 characters.')).toBeTruthy();
    expect(onSend).not.toHaveBeenCalled();
  });

  it('sends the fixed contact, E.164 and lower-case', () => {
    const onSend = edit({ Phone: '(11) 91234-5678', Email: 'Maria@PadariaSol.example' });
    expect(onSend).toHaveBeenCalledWith(expect.objectContaining({ phones: ['+5511912345678'], email: 'maria@padariasol.example', tags: ['vip'] }));
  });
});
