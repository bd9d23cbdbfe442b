import { describe, expect, it } from 'vitest';
import { CONTACT_LIMITS } from '../../constants/crm';
import type { RecordDraft } from '../provider';
import { toLeadUpdate } from './map';
import type { SyncroLeadDetail } from './schemas';

const draft = (contact: Partial<RecordDraft['contact']>): RecordDraft => ({
  contact: { name: 'Maria Souza', phones: ['+5521998765432'], email: null, company: null, notes: null, tags: [], source: 'whatsapp', ...contact },
  syncro: { pipelineId: 1, stageId: 5, value: null, customFields: {} },
});
const lead = (fields: Partial<SyncroLeadDetail>): SyncroLeadDetail => ({ id: 901, name: 'Maria Souza', phone: null, email: null, notes: null, tags: [], ...fields });

describe('Syncro update keeps what the lead already holds (toLeadUpdate)', () => {
  it('keeps the lead phone and writes the WhatsApp number into the notes', () => {
    const update = toLeadUpdate(lead({ phone: '+552133334444', notes: 'Cliente desde 2024' }), draft({ notes: 'Quer orçamento' }));
    expect(update).toEqual({
      body: {
        name: 'Maria Souza',
        phone: '+552133334444',
        notes: 'Cliente desde 2024\n\nQuer orçamento\n\nTel.: +5521998765432',
        source: 'whatsapp',
        pipeline_id: 1,
        stage_id: 5,
      },
      changes: ['phone_added', 'notes_added'],
    });
  });

  it('keeps the lead e-mail and notes the new one; fills an empty phone', () => {
    const update = toLeadUpdate(lead({ email: 'maria@padaria.example' }), draft({ email: 'maria.souza@mail.example' }));
    expect(update?.body).toMatchObject({ phone: '+5521998765432', email: 'maria@padaria.example', notes: 'E-mail: maria.souza@mail.example' });
    expect(update?.changes).toEqual(['phone_set', 'email_added']);
  });

  it('treats the same number in another form as the same (the E.164 with the ninth digit is sent)', () => {
    const update = toLeadUpdate(lead({ phone: '+552198765432' }), draft({ phones: ['+5521998765432'] }));
    expect(update?.body.phone).toBe('+5521998765432');
    expect(update?.changes).toEqual([]);
    expect(update?.body).not.toHaveProperty('notes');
  });

  it('changes nothing the second time (a retried update writes no line twice) and joins tags', () => {
    const first = toLeadUpdate(lead({ phone: '+552133334444', tags: ['vip'] }), draft({ notes: 'Quer orçamento', tags: ['whatsapp'] }))!;
    expect(first.body.tags).toEqual(['vip', 'whatsapp']);
    const again = toLeadUpdate(
      lead({ phone: '+552133334444', notes: first.body.notes as string, tags: first.body.tags as string[] }),
      draft({ notes: 'Quer orçamento', tags: ['whatsapp'] }),
    );
    expect(again?.body.notes).toBe(first.body.notes);
    expect(again?.body.tags).toEqual(['vip', 'whatsapp']);
  });

  it('refuses (null) when the notes together would pass the limit', () => {
    expect(toLeadUpdate(lead({ notes: 'x'.repeat(CONTACT_LIMITS.notes - 10) }), draft({ notes: 'a new note that does not fit' }))).toBeNull();
  });
});
