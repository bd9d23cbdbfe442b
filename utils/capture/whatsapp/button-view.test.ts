import { describe, expect, it } from 'vitest';
import { buttonView, isDarkText, missingPhoneNote } from './button-view';
import type { WhatsappChat } from './types';

const chat = (overrides: Partial<WhatsappChat>): WhatsappChat => ({
  kind: 'person',
  chatKey: '5521998765432@c.us',
  name: 'Maria Souza',
  phone: '+5521998765432',
  waNumber: '5521998765432',
  phoneWhy: null,
  participants: [],
  sources: { chatKey: 'message-ids', name: 'header-title', phone: 'message-ids' },
  attempts: [],
  identity: null,
  build: null,
  ...overrides,
});
const syncro = { crm: 'syncro' as const, name: 'Maria Souza', url: 'https://app.syncro.chat/leads/7' };

describe('the header button', () => {
  it('offers to save while the lookup runs and when nothing is found', () => {
    expect(buttonView(chat({}), null)).toEqual({ mode: 'save' });
    expect(buttonView(chat({}), [])).toEqual({ mode: 'save' });
    expect(buttonView(chat({ phone: null, phoneWhy: 'lid' }), null)).toEqual({ mode: 'save' });
    expect(buttonView(null, null)).toEqual({ mode: 'save' });
  });

  it('says where the chat is already saved, and only links to web pages', () => {
    expect(buttonView(chat({}), [syncro])).toEqual({ mode: 'saved', links: [syncro] });
    expect(buttonView(chat({}), [{ ...syncro, url: 'javascript:alert(1)' }])).toEqual({ mode: 'save' });
  });

  it('offers to add the number to a lead saved from this LID chat without one (issue 19)', () => {
    const earlier = { ...syncro, addPhone: true as const };
    expect(buttonView(chat({ chatKey: '203040506070811@lid' }), [earlier])).toEqual({ mode: 'saved', links: [earlier] });
    expect(buttonView(chat({ chatKey: '203040506070811@lid' }), [{ ...earlier, url: 'data:text/html,x' }])).toEqual({ mode: 'save' });
  });

  it('lets groups pick a participant, and refuses channels and status', () => {
    expect(buttonView(chat({ kind: 'group', phone: null }), [syncro])).toEqual({ mode: 'group' });
    expect(buttonView(chat({ kind: 'channel', phone: null }), null)).toEqual({ mode: 'blocked', message: 'cannotChannel' });
    expect(buttonView(chat({ kind: 'status', phone: null }), null)).toEqual({ mode: 'blocked', message: 'cannotStatus' });
    expect(buttonView(chat({ kind: 'service', chatKey: '13135550002@c.us', phone: null }), null)).toEqual({ mode: 'blocked', message: 'cannotService' });
  });

  it('explains a missing number', () => {
    expect(missingPhoneNote('+5521998765432', null)).toBeNull();
    expect(missingPhoneNote(null, 'lid')).toBe('lid');
    expect(missingPhoneNote(null, 'not-found')).toBe('noPhone');
  });

  it('reads the theme from the title colour', () => {
    expect(isDarkText('rgb(233, 237, 239)')).toBe(true);
    expect(isDarkText('rgb(17, 27, 33)')).toBe(false);
    expect(isDarkText('')).toBe(false);
  });
});
