import { describe, expect, it } from 'vitest';
import { identityFieldChoices, ignoredCustomFields, keepStoredIdentity } from './identity-field';
import type { SyncroFieldType } from './schemas';

describe('Syncro custom fields for the WhatsApp identity (issue 19)', () => {
  it('offers only active text fields: other types coerce or restrict what they hold (syncro.md §7.4)', () => {
    const field = (name: string, field_type: SyncroFieldType, is_active = true) => ({ name, field_type, is_active });
    const fields = [
      field('segmento', 'select'),
      field('origem_detalhe', 'text'),
      field('aceita_whatsapp', 'checkbox'),
      field('funcionarios', 'number'),
      field('codigo_legado', 'text', false),
    ];
    expect(identityFieldChoices(fields).map((choice) => choice.name)).toEqual(['origem_detalhe']);
  });

  it('on an update, keeps the value the lead already holds in the identity field and fills an empty one', () => {
    const sent = { origem_detalhe: '@maria.lopez', segmento: 'Varejo' };
    expect(keepStoredIdentity(sent, { origem_detalhe: 'Feira' }, 'origem_detalhe')).toEqual({ segmento: 'Varejo' });
    expect(keepStoredIdentity({ origem_detalhe: '@maria.lopez' }, { origem_detalhe: 'Feira' }, 'origem_detalhe')).toBeUndefined();
    expect(keepStoredIdentity(sent, { origem_detalhe: null }, 'origem_detalhe')).toBe(sent);
    expect(keepStoredIdentity(sent, {}, 'origem_detalhe')).toBe(sent);
    expect(keepStoredIdentity(sent, { segmento: 'Indústria' }, undefined)).toBe(sent);
  });
});

describe('custom fields Syncro silently dropped (syncro.md §7.4)', () => {
  it('are the names sent that the saved lead does not hold; unknown when the answer has no custom_fields', () => {
    const sent = { origem_detalhe: '@maria.lopez', segmento: 'Varejo' };
    expect(ignoredCustomFields(sent, { segmento: 'Varejo' })).toEqual(['origem_detalhe']);
    expect(ignoredCustomFields(sent, { segmento: 'Varejo', origem_detalhe: '@maria.lopez', funcionarios: 3 })).toEqual([]);
    expect(ignoredCustomFields(sent, undefined)).toEqual([]);
    expect(ignoredCustomFields(undefined, { segmento: 'Varejo' })).toEqual([]);
  });
});
