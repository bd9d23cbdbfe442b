import { describe, expect, it } from 'vitest';
import type { Capture } from '../capture/types';
import type { FormState } from '../popup/form';
import type { FormContext } from '../popup/validate';
import { planBulk, rowsFromCapture, type BulkRow } from './plan';

const ctx: FormContext = { country: 'BR', syncro: { pipelines: [{ id: 1, stages: [{ id: 5 }] }], customFields: [] }, otherPhonesLabel: 'Outros telefones' };

const common: FormState = {
  page: { url: 'https://imobiliaria.example/equipe', title: 'Equipe' },
  contactIndex: 0,
  name: 'ignored',
  phones: ['ignored'],
  email: 'ignored@x.example',
  company: 'ignored',
  notes: 'not copied to each person',
  tags: 'feira, equipe',
  source: 'imobiliaria.example',
  destination: 'both',
  syncro: { pipelineId: 1, stageId: 5, value: '', custom: {} },
  synax: { temperature: 'warm', custom: [] },
  saved: {},
};

const row = (id: string, name: string, phone: string, email = '', company = 'Imobiliária Horizonte'): BulkRow => ({ id, name, phones: [phone], email, company });

describe('planBulk', () => {
  it('makes one delivery per ticked person and destination CRM, with the common fields and each person’s own', () => {
    const rows = [row('0', 'Ana Lima', '(11) 98765-4321', 'Ana@Horizonte.example'), row('1', 'Bruno Reis', '(21) 3333-4444'), row('2', 'Carla Dias', '(31) 99999-0000')];
    const plan = planBulk(rows, new Set(['0', '1']), common, ctx);
    expect(plan.people).toBe(2);
    expect(plan.skipped).toEqual([]);
    expect(plan.deliveries.map(({ rowId, crm }) => `${rowId}:${crm}`)).toEqual(['0:syncro', '0:synax', '1:syncro', '1:synax']);
    const [ana] = plan.deliveries;
    expect(ana!.draft).toEqual({
      contact: {
        name: 'Ana Lima',
        phones: ['+5511987654321'],
        email: 'ana@horizonte.example',
        company: 'Imobiliária Horizonte',
        notes: null,
        tags: ['feira', 'equipe'],
        source: 'imobiliaria.example',
      },
      syncro: { pipelineId: 1, stageId: 5, value: null, customFields: {} },
    });
    expect(plan.deliveries[1]!.draft.synax).toEqual({ temperature: 'warm', customFields: {} });
  });

  it('sends a phone or e-mail ticked twice once: the first person, the repeat reported', () => {
    const rows = [
      row('0', 'Ana Lima', '(11) 98765-4321', 'ana@horizonte.example'),
      // The same mobile, written another way.
      row('1', 'Ana L.', '+55 11 98765-4321'),
      row('2', 'Ana (recepção)', '(11) 3000-1000', 'ANA@horizonte.example'),
      row('3', 'Bruno Reis', '(21) 3333-4444'),
    ];
    const plan = planBulk(rows, new Set(['0', '1', '2', '3']), { ...common, destination: 'syncro' }, ctx);
    expect(plan.deliveries.map((delivery) => delivery.rowId)).toEqual(['0', '3']);
    expect(plan.skipped).toEqual([
      { rowId: '1', kind: 'repeated', sameAs: '0', key: 'phone' },
      { rowId: '2', kind: 'repeated', sameAs: '0', key: 'email' },
    ]);
    expect(plan.people).toBe(2);
  });

  it('skips a person the form would refuse, with the form’s errors, and sends the others', () => {
    const rows = [row('0', '', '(11) 98765-4321'), row('1', 'Bruno Reis', '12'), row('2', 'Carla Dias', '', 'carla@horizonte.example')];
    const plan = planBulk(rows, new Set(['0', '1', '2']), common, ctx);
    expect(plan.skipped).toEqual([
      { rowId: '0', kind: 'invalid', errors: { name: { code: 'required' } } },
      { rowId: '1', kind: 'invalid', errors: { 'phone.0': { code: 'phone' } } },
      // Synax needs a phone (synax.md §4.2): with both destinations, Carla waits for one.
      { rowId: '2', kind: 'invalid', errors: { 'phone.0': { code: 'required' } } },
    ]);
    expect(plan.deliveries).toEqual([]);
    // To Syncro alone she can go with her e-mail.
    expect(planBulk(rows, new Set(['2']), { ...common, destination: 'syncro' }, ctx).deliveries).toHaveLength(1);
  });

  it('refuses every person when the common choices are incomplete (no stage yet)', () => {
    const plan = planBulk([row('0', 'Ana Lima', '(11) 98765-4321')], new Set(['0']), { ...common, syncro: { ...common.syncro, stageId: null } }, ctx);
    expect(plan.skipped).toEqual([{ rowId: '0', kind: 'invalid', errors: { stage: { code: 'required' } } }]);
  });

  it('plans 200 people (400 deliveries) in under 2 s', () => {
    const rows = Array.from({ length: 200 }, (_, n) => row(String(n), `Pessoa ${n}`, `+55119${String(n).padStart(8, '0')}`, `p${n}@x.example`));
    const started = performance.now();
    const plan = planBulk(rows, new Set(rows.map((candidate) => candidate.id)), common, ctx);
    expect(plan.deliveries).toHaveLength(400);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('rowsFromCapture', () => {
  it('lists every captured contact with its phones readable and its first e-mail', () => {
    const capture: Capture = {
      url: 'https://imobiliaria.example/equipe',
      title: 'Equipe',
      contacts: [
        { name: 'Ana Lima', company: 'Horizonte', phones: ['+5511987654321'], emails: ['ana@horizonte.example', 'ana2@horizonte.example'], sources: ['links'], whatsapp: [] },
        { name: null, company: null, phones: [], emails: ['contato@horizonte.example'], sources: ['text'], whatsapp: [] },
      ],
      phones: [],
      emails: [],
    };
    expect(rowsFromCapture(capture, 'BR')).toEqual([
      { id: '0', name: 'Ana Lima', phones: ['(11) 98765-4321'], email: 'ana@horizonte.example', company: 'Horizonte' },
      { id: '1', name: '', phones: [''], email: 'contato@horizonte.example', company: '' },
    ]);
  });
});
