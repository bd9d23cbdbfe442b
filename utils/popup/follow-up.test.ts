import { describe, expect, it } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import { SYNCRO_TASK_TYPES } from '../crm/syncro/task-fields';
import { defaultTaskSubject, DUE_QUICK_PICKS, dueQuickPickDates, dueQuickPickLabel, taskTypeLabel } from './follow-up';

describe('default follow-up subject', () => {
  it.each([
    ['call', 'Ligar para Maria Souza', 'Call Maria Souza'],
    ['whatsapp', 'Mandar WhatsApp para Maria Souza', 'Message Maria Souza on WhatsApp'],
    ['email', 'Enviar e-mail para Maria Souza', 'E-mail Maria Souza'],
    ['meeting', 'Reunião com Maria Souza', 'Meeting with Maria Souza'],
    ['visit', 'Visitar Maria Souza', 'Visit Maria Souza'],
    ['task', 'Dar retorno para Maria Souza', 'Follow up with Maria Souza'],
  ] as const)('%s: “%s” in pt-BR, “%s” in English', async (type, portuguese, english) => {
    await useLocale('pt_BR');
    expect(defaultTaskSubject(type, 'Maria Souza')).toBe(portuguese);
    await useLocale('en');
    expect(defaultTaskSubject(type, 'Maria Souza')).toBe(english);
  });

  it('names the person once, spaces tidied; with nobody to name, the type alone', async () => {
    await useLocale('pt_BR');
    expect(defaultTaskSubject('call', '  Maria \n  Souza ')).toBe('Ligar para Maria Souza');
    expect(defaultTaskSubject('call', null)).toBe('Ligação');
    expect(defaultTaskSubject('meeting', '   ')).toBe('Reunião');
    await useLocale('en');
    expect(defaultTaskSubject('visit', '')).toBe('Visit');
  });

  it('shortens a name too long for Syncro’s subject, keeping the verb', async () => {
    await useLocale('pt_BR');
    const subject = defaultTaskSubject('call', `Maria ${'Souza '.repeat(60)}`);
    expect(subject).toHaveLength(255);
    expect(subject.startsWith('Ligar para Maria Souza')).toBe(true);
    expect(subject.endsWith('…')).toBe(true);
  });

  it('has a label for every task type and quick pick in both languages', async () => {
    for (const locale of ['en', 'pt_BR'] as const) {
      await useLocale(locale);
      for (const type of SYNCRO_TASK_TYPES) expect(taskTypeLabel(type), `${locale} ${type}`).not.toBe('');
      for (const pick of DUE_QUICK_PICKS) expect(dueQuickPickLabel(pick), `${locale} ${pick}`).not.toBe('');
    }
    await useLocale('pt_BR');
    expect(DUE_QUICK_PICKS.map(dueQuickPickLabel)).toEqual(['Hoje', 'Amanhã', 'Em 3 dias', 'Próxima segunda']);
    await useLocale('en');
    expect(DUE_QUICK_PICKS.map(dueQuickPickLabel)).toEqual(['Today', 'Tomorrow', 'In 3 days', 'Next Monday']);
  });
});

describe('due-date quick picks', () => {
  it('counts from the rep’s day, not UTC’s: Friday 22:30 in São Paulo is already Saturday in UTC', () => {
    const now = new Date('2026-12-05T01:30:00Z');
    expect(dueQuickPickDates(now, 'America/Sao_Paulo')).toEqual({
      today: '2026-12-04',
      tomorrow: '2026-12-05',
      in3Days: '2026-12-07',
      nextMonday: '2026-12-07',
    });
    expect(dueQuickPickDates(now, 'UTC')).toEqual({
      today: '2026-12-05',
      tomorrow: '2026-12-06',
      in3Days: '2026-12-08',
      nextMonday: '2026-12-07',
    });
  });

  it('on a Monday, next Monday is a week on; on a Sunday, it is tomorrow', () => {
    expect(dueQuickPickDates(new Date('2026-12-07T12:00:00Z'), 'America/Sao_Paulo').nextMonday).toBe('2026-12-14');
    expect(dueQuickPickDates(new Date('2026-12-06T12:00:00Z'), 'America/Sao_Paulo').nextMonday).toBe('2026-12-07');
  });

  it('crosses months, years and leap days', () => {
    expect(dueQuickPickDates(new Date('2026-12-30T16:00:00Z'), 'Asia/Tokyo')).toEqual({
      today: '2026-12-31',
      tomorrow: '2027-01-01',
      in3Days: '2027-01-03',
      nextMonday: '2027-01-04',
    });
    expect(dueQuickPickDates(new Date('2028-02-28T12:00:00Z'), 'America/Sao_Paulo')).toMatchObject({ tomorrow: '2028-02-29', in3Days: '2028-03-02' });
  });
});
