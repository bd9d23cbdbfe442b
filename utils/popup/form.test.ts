import { describe, expect, it } from 'vitest';
import type { Capture } from '../capture/types';
import { availableDestination, chooseContact, contactSummary, defaultSource, initialForm, type PopupSettings } from './form';

const settings: PopupSettings = { defaultDestination: 'syncro', defaultCountry: 'BR', defaultSource: '', defaultTags: ['extensão'] };
const capture: Capture = {
  url: 'https://www.padariasol.example/contato',
  title: 'Contato',
  contacts: [
    { name: 'Maria Souza', company: 'Padaria Sol', phones: ['+5511987654321', '+551134567890'], emails: ['maria@padariasol.example'], sources: ['jsonld'], whatsapp: [] },
    { name: null, company: null, phones: [], emails: ['contato@padariasol.example'], sources: ['links'], whatsapp: [] },
  ],
  phones: [],
  emails: [],
};
const nothingRemembered = { destination: null, syncroPipelineId: null, syncroStageId: null, synaxTemperature: null };

describe('the form from a capture', () => {
  it('prefills the best contact, readable phones, default tags and the page host as source', () => {
    const form = initialForm({ capture, settings, remembered: nothingRemembered, configured: { syncro: true, synax: true } });
    expect(form).toMatchObject({
      name: 'Maria Souza',
      phones: ['(11) 98765-4321', '(11) 3456-7890'],
      email: 'maria@padariasol.example',
      company: 'Padaria Sol',
      tags: 'extensão',
      source: 'padariasol.example',
      destination: 'syncro',
      synax: { temperature: 'warm', custom: [] },
      page: { url: capture.url, title: 'Contato' },
    });
  });

  it('remembers the last destination, pipeline, stage and temperature', () => {
    const remembered = { destination: 'both' as const, syncroPipelineId: 2, syncroStageId: 12, synaxTemperature: 'hot' as const };
    const form = initialForm({ capture, settings, remembered, configured: { syncro: true, synax: true } });
    expect(form).toMatchObject({ destination: 'both', syncro: { pipelineId: 2, stageId: 12 }, synax: { temperature: 'hot' } });
  });

  it('offers only connected CRMs', () => {
    expect(availableDestination('both', { syncro: false, synax: true })).toBe('synax');
    expect(availableDestination('syncro', { syncro: false, synax: true })).toBe('synax');
    expect(availableDestination('synax', { syncro: false, synax: false })).toBeNull();
  });

  it('uses the settings source first, and `whatsapp` for WhatsApp captures', () => {
    expect(defaultSource('https://web.whatsapp.com/', settings)).toBe('whatsapp');
    expect(defaultSource('https://web.whatsapp.com/', { ...settings, defaultSource: 'feira' })).toBe('feira');
  });

  it('switches the person, keeping notes and CRM choices, and starts with an empty phone', () => {
    const form = { ...initialForm({ capture, settings, remembered: nothingRemembered, configured: { syncro: true, synax: true } }), notes: 'ligar amanhã' };
    const other = chooseContact(form, capture, 1, 'BR');
    expect(other).toMatchObject({ contactIndex: 1, name: '', phones: [''], email: 'contato@padariasol.example', notes: 'ligar amanhã' });
    expect(chooseContact(form, capture, 7, 'BR')).toBe(form);
    expect(contactSummary(capture.contacts[1]!, 'BR')).toEqual({ title: 'contato@padariasol.example', detail: '' });
  });
});
