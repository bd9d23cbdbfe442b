import { describe, expect, it } from 'vitest';
import { nameOf } from './names';
import { findHeader, headerTitleOf } from './selectors';
import { whatsappPages } from './testing';

const page = whatsappPages();

describe('names from the page', () => {
  it('keeps names, without the ~ of a push name', () => {
    expect(nameOf('Maria Souza')).toBe('Maria Souza');
    expect(nameOf('~ Maria')).toBe('Maria');
    expect(nameOf('~Maria')).toBe('Maria');
    expect(nameOf('José d’Ávila 2')).toBe('José d’Ávila 2');
  });

  // Header strings of a contact whose number is hidden (docs/whatsapp.md).
  it.each([
    '@maria.lopez',
    '@docesdavila',
    '@lu.tavares',
    '~@lu.tavares',
    '109876543210987@lid',
    '+43.......21',
    '+43 ••• •• 21',
    '+55 ••• ••• ••47',
    '+49 151 ... 12345',
    'Unknown user',
    'Unknown number',
    'Usuário desconhecido',
    'Número desconhecido',
    '+55 11 98765-4321',
    '',
    '   ',
  ])('never takes %j as a name', (text) => {
    expect(nameOf(text)).toBeNull();
  });

  // The same strings as the dated fixtures print them in the header (issue 19).
  it.each([
    ['lid-username', '@maria.lopez'],
    ['lid-username-deleted', '+43.......21'],
    ['lid-username-hidden', '+49 151 ... 12345'],
    ['ctwa-ad', 'Usuário desconhecido'],
  ])('%s.2026-12-05.html: the header title %j is never a name', (fixture, title) => {
    const header = headerTitleOf(findHeader(page(fixture))!);
    expect(header).toBe(title);
    expect(nameOf(header)).toBeNull();
  });
});
