import { describe, expect, it } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import { followUpActions, initialFollowUps, validateFollowUps, type FollowUpForms } from './follow-up-form';

const forms = (patch: { task?: Partial<FollowUpForms['task']>; deal?: Partial<FollowUpForms['deal']> } = {}): FollowUpForms => {
  const initial = initialFollowUps('2026-12-07');
  return { task: { ...initial.task, ...patch.task }, deal: { ...initial.deal, ...patch.deal } };
};

describe('the popup’s follow-up blocks', () => {
  it('send nothing while collapsed', () => {
    expect(followUpActions(forms(), 'Maria Souza')).toEqual({});
    expect(validateFollowUps(forms({ task: { dueDate: '' } }), ['syncro', 'synax'], 'Maria Souza')).toEqual({});
  });

  it('a task with the default subject for its type, empty fields left out', async () => {
    await useLocale('pt_BR');
    const task = forms({ task: { enabled: true, type: 'whatsapp', dueTime: '09:30', assigneeId: '2', notes: '  ' } });
    expect(followUpActions(task, 'Maria Souza')).toEqual({
      syncro: {
        kind: 'task',
        task: { type: 'whatsapp', subject: 'Mandar WhatsApp para Maria Souza', dueDate: '2026-12-07', dueTime: '09:30', priority: null, assigneeId: 2, notes: null },
      },
    });
    expect(followUpActions(forms({ task: { enabled: true, subject: ' Proposta ', priority: 'high' } }), 'Maria').syncro).toMatchObject({
      task: { subject: 'Proposta', priority: 'high' },
    });
  });

  it('a deal with its stage, value read like the lead’s, title defaulting to the person', async () => {
    await useLocale('en');
    expect(followUpActions(forms({ deal: { enabled: true, value: '1.500,50', pipelineId: 'p1', stageId: 's1' } }), 'Maria Souza')).toEqual({
      synax: { kind: 'deal', deal: { title: 'Deal — Maria Souza', value: 1500.5, stageId: 's1' } },
    });
  });

  it('says what is wrong, only for the chosen CRMs', () => {
    const bad = forms({ task: { enabled: true, subject: ' ', dueDate: '2026-02-30', dueTime: '25:00' }, deal: { enabled: true, title: '', value: '-3' } });
    expect(validateFollowUps(bad, ['syncro', 'synax'], 'Maria')).toEqual({
      'followUp.subject': { code: 'required' },
      'followUp.dueDate': { code: 'date' },
      'followUp.dueTime': { code: 'date' },
      'deal.title': { code: 'required' },
      'deal.value': { code: 'number' },
      'deal.stage': { code: 'required' },
    });
    expect(validateFollowUps(bad, ['synax'], 'Maria')).not.toHaveProperty('followUp.subject');
  });
});
