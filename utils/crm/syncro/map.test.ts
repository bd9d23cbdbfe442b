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

  it('keeps the value the lead holds in the WhatsApp identity field, fills it when empty, and sends the other fields as set (issue 19)', () => {
    const withIdentity: RecordDraft = {
      ...draft({ phones: [], notes: 'WhatsApp: @maria.lopez · wa-lid:203040506070811' }),
      syncro: { pipelineId: 1, stageId: 5, value: null, customFields: { origem_detalhe: '@maria.lopez', segmento: 'Varejo' }, identityField: 'origem_detalhe' },
    };
    const kept = toLeadUpdate(lead({ custom_fields: { origem_detalhe: 'Feira 2026', segmento: 'Indústria' } }), withIdentity);
    expect(kept?.body.custom_fields).toEqual({ segmento: 'Varejo' });
    expect(kept?.body.notes).toBe('WhatsApp: @maria.lopez · wa-lid:203040506070811');
    const filled = toLeadUpdate(lead({ custom_fields: { origem_detalhe: null } }), withIdentity);
    expect(filled?.body.custom_fields).toEqual({ origem_detalhe: '@maria.lopez', segmento: 'Varejo' });
  });
});
