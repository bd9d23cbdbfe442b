import { describe, expect, it } from 'vitest';
import type { CustomFieldDef } from './custom-fields';
import type { FormState } from './form';
import { withPipelineDefaults } from './pipelines';
import { buildRecordDraft, serverFieldErrors, validateForm, type FormContext } from './validate';

const customFields: CustomFieldDef[] = [
  { name: 'origem_detalhe', label: 'Origem', field_type: 'text', options: [], is_required: true },
  { name: 'ticket', label: 'Ticket', field_type: 'currency', options: [], is_required: false },
  { name: 'aceita', label: 'Aceita', field_type: 'checkbox', options: [], is_required: false },
];
const pipelines = [
  {
    id: 1,
    stages: [
      { id: 9, is_won: true, is_lost: false },
      { id: 5, is_won: false, is_lost: false },
    ],
  },
  { id: 2, stages: [{ id: 11, is_won: false, is_lost: false }] },
];
const ctx: FormContext = { country: 'BR', syncro: { pipelines, customFields }, otherPhonesLabel: 'Other phones' };

const form = (patch: Partial<FormState> = {}): FormState => ({
  page: { url: 'https://padariasol.example/', title: 'Padaria' },
  contactIndex: 0,
  name: ' Maria Souza ',
  phones: ['(11) 98765-4321', '11 3456-7890'],
  email: 'Maria@PadariaSol.example',
  company: 'Padaria Sol',
  notes: 'Quer orçamento',
  tags: 'feira, vip',
  source: 'padariasol.example',
  destination: 'syncro',
  syncro: { pipelineId: 1, stageId: 5, value: '1.500,00', custom: { origem_detalhe: 'Feira', ticket: '99,90', aceita: false } },
  synax: {
    temperature: 'hot',
    custom: [
      { key: 'cargo', value: 'Gerente' },
      { key: '', value: '' },
    ],
  },
  saved: {},
  ...patch,
});

describe('validateForm', () => {
  it('accepts a complete form', () => {
    expect(validateForm(form(), ctx)).toEqual({});
    expect(validateForm(form({ destination: 'both' }), ctx)).toEqual({});
  });

  it('puts each problem on its field before anything is sent', () => {
    const errors = validateForm(form({ name: ' ', phones: ['12345', ''], email: 'maria@', syncro: { pipelineId: 1, stageId: 77, value: 'muito', custom: { ticket: 'x' } } }), ctx);
    expect(errors).toEqual({
      name: { code: 'required' },
      'phone.0': { code: 'phone' },
      email: { code: 'email' },
      stage: { code: 'required' },
      value: { code: 'number' },
      'custom:origem_detalhe': { code: 'required' },
      'custom:ticket': { code: 'number' },
    });
  });

  it('refuses a CPF typed as a +55 number, as capture does, and sends no phone for it', () => {
    const cpf = form({ phones: ['+55 12 34567-8909'] });
    expect(validateForm(cpf, ctx)).toEqual({ 'phone.0': { code: 'phone' } });
    expect(buildRecordDraft(cpf, ctx, 'syncro').contact.phones).toEqual([]);
  });

  it('requires a phone for Synax only, and a key for each Synax custom value', () => {
    expect(validateForm(form({ phones: [''] }), ctx)).toEqual({});
    expect(validateForm(form({ destination: 'synax', phones: [''], synax: { temperature: null, custom: [{ key: ' ', value: 'x' }] } }), ctx)).toEqual({
      'phone.0': { code: 'required' },
      'synaxCustom.0': { code: 'required' },
    });
  });

  it('waits for the pipelines, and skips destinations already saved', () => {
    expect(validateForm(form(), { ...ctx, syncro: null })).toEqual({ pipeline: { code: 'loading' } });
    const saved = { syncro: { crm: 'syncro' as const, id: '901', name: 'Maria', phone: null, email: null, url: 'https://x/leads/901' } };
    expect(validateForm(form({ destination: 'both', saved, syncro: { pipelineId: null, stageId: null, value: '', custom: {} } }), ctx)).toEqual({});
  });

  it('checks the CRM limits, extra phones included in the notes', () => {
    expect(validateForm(form({ tags: Array.from({ length: 31 }, (_, i) => `t${i}`).join(',') }), ctx).tags).toEqual({ code: 'tooMany', max: 30 });
    expect(validateForm(form({ notes: 'x'.repeat(1990) }), ctx).notes).toEqual({ code: 'tooLong', max: 2000 });
  });
});

describe('buildRecordDraft', () => {
  it('builds the Syncro lead: E.164 phones, other phones in the notes, coerced custom fields', () => {
    expect(buildRecordDraft(form(), ctx, 'syncro')).toEqual({
      contact: {
        name: 'Maria Souza',
        phones: ['+5511987654321', '+551134567890'],
        email: 'maria@padariasol.example',
        company: 'Padaria Sol',
        notes: 'Quer orçamento\n\nOther phones: +551134567890',
        tags: ['feira', 'vip'],
        source: 'padariasol.example',
      },
      syncro: { pipelineId: 1, stageId: 5, value: 1500, customFields: { origem_detalhe: 'Feira', ticket: 99.9 } },
    });
  });

  it('builds the Synax contact with its temperature and the filled custom rows only', () => {
    const draft = buildRecordDraft(form({ phones: ['(11) 98765-4321', '(11) 98765-4321'], notes: '' }), ctx, 'synax');
    expect(draft.synax).toEqual({ temperature: 'hot', customFields: { cargo: 'Gerente' } });
    expect(draft.contact).toMatchObject({ phones: ['+5511987654321'], notes: null });
    expect(draft.syncro).toBeUndefined();
  });
});

describe('serverFieldErrors', () => {
  it('places a CRM’s field messages on the form and leaves unknown fields to the alert', () => {
    const errors = serverFieldErrors({
      code: 'validation',
      crm: 'syncro',
      message: 'The email has already been taken. (and 2 more errors)',
      fields: { email: ['The email has already been taken.'], 'custom:segmento': ['Invalid.'], utm_source: ['Too long.'], phone: ['Bad.'] },
    });
    expect(errors).toEqual({
      email: { code: 'server', crm: 'syncro', messages: ['The email has already been taken.'] },
      'custom:segmento': { code: 'server', crm: 'syncro', messages: ['Invalid.'] },
      'phone.0': { code: 'server', crm: 'syncro', messages: ['Bad.'] },
    });
    expect(serverFieldErrors({ code: 'validation', crm: 'synax', message: 'required', fields: { phone: ['required'] } })).toEqual({ 'phone.0': { code: 'required' } });
    expect(serverFieldErrors({ code: 'rate_limited', crm: 'synax', retryAfterSeconds: 3 })).toEqual({});
  });
});

describe('withPipelineDefaults', () => {
  it('keeps a remembered pipeline and stage that still exist, else the first open stage', () => {
    expect(withPipelineDefaults(form({ syncro: { ...form().syncro, pipelineId: 2, stageId: 11 } }), pipelines).syncro).toMatchObject({ pipelineId: 2, stageId: 11 });
    expect(withPipelineDefaults(form({ syncro: { ...form().syncro, pipelineId: 8, stageId: 11 } }), pipelines).syncro).toMatchObject({ pipelineId: 1, stageId: 5 });
    const unchanged = form();
    expect(withPipelineDefaults(unchanged, pipelines)).toBe(unchanged);
  });
});
