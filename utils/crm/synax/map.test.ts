import { describe, expect, it } from 'vitest';
import type { RecordDraft } from '../provider';
import { toContactUpdate } from './map';
import type { SynaxContactDetail } from './schemas';

const draft = (contact: Partial<RecordDraft['contact']>): RecordDraft => ({
  contact: { name: 'Maria Souza', phones: ['+5521998765432'], email: null, company: null, notes: null, tags: [], source: null, ...contact },
  synax: { temperature: null, customFields: {} },
});
const stored = (fields: Partial<SynaxContactDetail>): SynaxContactDetail => ({
  id: 'c-1',
  name: 'Maria Souza',
  phone: '+552133334444',
  email: null,
  tags: [],
  custom_fields: {},
  ...fields,
});

describe('Synax update keeps what the contact already holds (toContactUpdate)', () => {
  it('keeps the contact phone, notes the WhatsApp number in custom_fields.notas, and sends the other custom fields back', () => {
    const update = toContactUpdate(stored({ custom_fields: { cargo: 'Compras', notas: 'Cliente antiga' } }), draft({ notes: 'Pediu catálogo' }));
    expect(update).toEqual({
      body: { phone: '+552133334444', name: 'Maria Souza', custom_fields: { cargo: 'Compras', notas: 'Cliente antiga\n\nPediu catálogo\n\nTel.: +5521998765432' } },
      changes: ['phone_added', 'notes_added'],
    });
  });

  it('keeps the contact e-mail and notes the new one; joins tags', () => {
    const update = toContactUpdate(
      stored({ phone: '+5521998765432', email: 'maria@padaria.example', tags: ['vip'] }),
      draft({ email: 'maria.souza@mail.example', tags: ['feira'] }),
    );
    expect(update?.body).toEqual({
      phone: '+5521998765432',
      name: 'Maria Souza',
      email: 'maria@padaria.example',
      tags: ['vip', 'feira'],
      custom_fields: { notas: 'E-mail: maria.souza@mail.example' },
    });
    expect(update?.changes).toEqual(['email_added']);
  });

  it('fills an empty e-mail, and the same e-mail in other case is no change', () => {
    expect(toContactUpdate(stored({}), draft({ email: 'maria@padaria.example' }))?.changes).toEqual(['phone_added', 'email_set']);
    expect(toContactUpdate(stored({ phone: '+5521998765432', email: 'Maria@Padaria.example' }), draft({ email: 'maria@padaria.example' }))?.changes).toEqual([]);
  });
});
