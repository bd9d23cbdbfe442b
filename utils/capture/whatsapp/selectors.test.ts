import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedPage } from '../testing/load-page';
import {
  BUSINESS_MARKER,
  CHANNEL_MARKER,
  GROUP_MARKER,
  MESSAGE_ROW,
  NOT_QUOTABLE,
  OUTGOING_MARK,
  QUOTABLE_TEXT,
  SELECTORS,
  SENDER_META,
  findHeader,
  headerTitleOf,
  matchesAny,
} from './selectors';
import { phoneOfText } from './jid';
import { nameOf } from './names';
import { FIXTURE_DIR, FIXTURES, loadWhatsapp } from './testing';

const pages = new Map<string, LoadedPage>(FIXTURES.map((file) => [file, loadWhatsapp(file.replace(/\.\d{4}-\d{2}-\d{2}\.html$/, ''))]));
afterAll(() => Promise.all([...pages.values()].map((page) => page.close())));

describe('WhatsApp selectors and fixtures', () => {
  it('has at least seven dated fixtures, each named in selectors.ts', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(7);
    const source = readFileSync(path.join(FIXTURE_DIR, '..', 'selectors.ts'), 'utf8');
    for (const file of FIXTURES) {
      expect(file).toMatch(/^[a-z0-9-]+\.\d{4}-\d{2}-\d{2}\.html$/);
      expect(source, `${file} is not cited in selectors.ts`).toContain(file.replace(/\.html$/, ''));
    }
  });

  it('covers both the data-testid builds and the builds without them', () => {
    const withTestIds = FIXTURES.filter((file) => readFileSync(path.join(FIXTURE_DIR, file), 'utf8').includes('data-testid'));
    expect(withTestIds.length).toBeGreaterThan(0);
    expect(withTestIds.length).toBeLessThan(FIXTURES.length);
  });

  // A variant no fixture matches is either dead or unproven: both must be fixed, not kept.
  for (const [name, variants] of Object.entries(SELECTORS)) {
    for (const selector of variants) {
      it(`${name}: "${selector}" is proven by at least one fixture`, () => {
        const proving = [...pages].filter(([, page]) => page.doc.querySelector(selector) !== null).map(([file]) => file);
        expect(proving.length).toBeGreaterThan(0);
      });
    }
  }

  it('finds the header and its title in every layout variant', () => {
    const titles = Object.fromEntries([...pages].map(([file, page]) => [file.split('.')[0], headerTitleOf(findHeader(page.doc)!)]));
    expect(titles).toEqual({
      'br-12-digit': 'Carlos Pereira',
      'business-account': 'Padaria Sol',
      channel: 'Ofertas Imóveis SP',
      'channel-verified': 'Ofertas Imóveis SP',
      'group-bare-ids': 'Grupo Vendas Zona Sul',
      'group-chat': 'Grupo Vendas Zona Sul',
      'lid-chat': 'Paulo Mendes',
      'lid-username': '@maria.lopez',
      'lid-username-deleted': '+43.......21',
      'lid-username-hidden': '+49 151 ... 12345',
      'ctwa-ad': 'Usuário desconhecido',
      'lid-business': 'Doces da Vila Confeitaria',
      'group-lid-members': 'Clientes Feira de Noivas',
      'meta-verified': 'Fernanda Alves',
      'saved-contact-bare-ids': 'Luana Ferreira',
      'saved-contact-newer': 'Rafael Gomes',
      'saved-contact-no-messages': 'Juliana Costa',
      'saved-contact': 'Maria Souza',
      'selection-notes': 'Maria Souza',
      'unsaved-contact': '+55 11 98765-4321',
    });
  });

  // What each marker must NOT match, not only what it matches (issue 14).
  const headerOf = (name: string) => findHeader([...pages].find(([file]) => file.startsWith(`${name}.`))![1].doc)!;
  const kindMarkers = { business: BUSINESS_MARKER, channel: CHANNEL_MARKER, group: GROUP_MARKER };
  const expectedKinds: Record<string, (keyof typeof kindMarkers)[]> = {
    'business-account': ['business'],
    channel: ['channel'],
    'channel-verified': ['channel'],
    'group-chat': ['group'],
    'group-bare-ids': ['group'],
    // Meta Verified (psa-verified) is a verified person, not a business.
    'meta-verified': [],
    'saved-contact-bare-ids': [],
    'lid-username': [],
    'lid-username-deleted': [],
    'lid-username-hidden': [],
    'ctwa-ad': [],
    'lid-business': ['business'],
    'group-lid-members': ['group'],
    'saved-contact': [],
    'lid-chat': [],
  };
  for (const [name, kinds] of Object.entries(expectedKinds)) {
    it(`${name}: the header shows exactly ${kinds.join(', ') || 'no kind marker'}`, () => {
      const header = headerOf(name);
      const shown = Object.entries(kindMarkers)
        .filter(([, variants]) => matchesAny(header, variants))
        .map(([kind]) => kind);
      expect(shown).toEqual(kinds);
    });
  }

  // Header and chat-list titles of contacts whose number is hidden (issue 19): read, and never a name or a phone.
  for (const name of ['lid-username', 'lid-username-deleted', 'lid-username-hidden', 'ctwa-ad']) {
    it(`${name}: neither the header title nor the chat-list title becomes a name or a phone`, () => {
      const doc = [...pages].find(([file]) => file.startsWith(`${name}.`))![1].doc;
      const rowTitle = doc.querySelector('[aria-selected="true"] [data-testid="cell-frame-title"] span[title]')?.getAttribute('title') ?? null;
      const title = headerTitleOf(findHeader(doc)!);
      expect(rowTitle).toBe(title);
      expect(nameOf(title)).toBeNull();
      expect(phoneOfText(title)).toBeNull();
    });
  }

  // What WhatsApp prints around a business and group members whose number is hidden (issue 19).
  const subtitleOf = (name: string) => headerOf(name).querySelector('.subtitle')?.getAttribute('title') ?? '';
  it('lid-business: the approved verified name titles the chat; the @username under it is neither a name nor a phone', () => {
    expect(nameOf(headerTitleOf(headerOf('lid-business')))).toBe('Doces da Vila Confeitaria');
    expect(subtitleOf('lid-business')).toBe('@docesdavila');
    expect(nameOf(subtitleOf('lid-business'))).toBeNull();
    expect(phoneOfText(subtitleOf('lid-business'))).toBeNull();
  });

  it('group-lid-members: of the senders in the header and on the rows, only the ~pushnames are names, and none is a phone', () => {
    const doc = [...pages].find(([file]) => file.startsWith('group-lid-members.'))![1].doc;
    const rowSenders = [...doc.querySelectorAll(MESSAGE_ROW.join(','))]
      .filter((row) => !matchesAny(row, OUTGOING_MARK))
      .map((row) => /^\[[^\]]*\]\s*(.+?):\s*$/.exec(row.querySelector(SENDER_META.join(','))?.getAttribute('data-pre-plain-text') ?? '')?.[1]);
    expect(rowSenders).toEqual(['~ Paula Reis', '@lu.tavares', '+49 151 ... 12345', '~ Helena Souza']);
    const headerSenders = subtitleOf('group-lid-members').split(', ');
    expect(headerSenders).toEqual(['~Paula Reis', '~Diego', '~Helena Souza', '+49 151 ... 12345', '@lu.tavares', 'Você']);
    const read = (label: string | undefined) => [nameOf(label), phoneOfText(label)];
    expect(rowSenders.map(read)).toEqual([
      ['Paula Reis', null],
      [null, null],
      [null, null],
      ['Helena Souza', null],
    ]);
    expect(headerSenders.slice(0, -1).map(read)).toEqual([
      ['Paula Reis', null],
      ['Diego', null],
      ['Helena Souza', null],
      [null, null],
      [null, null],
    ]);
  });

  it("the left rail's Channels icon (wds-ic-channels) is outside every header", () => {
    const doc = [...pages].find(([file]) => file.startsWith('saved-contact-bare-ids.'))![1].doc;
    expect(matchesAny(doc, CHANNEL_MARKER)).toBe(true);
    expect(matchesAny(findHeader(doc)!, CHANNEL_MARKER)).toBe(false);
  });

  // "Add selection to the CRM notes" (issue 16): what a selection may be quoted from, and what never.
  it('selection-notes: every message text is quotable; a reply’s quoted block, the composer and the chat list are not', () => {
    const doc = [...pages].find(([file]) => file.startsWith('selection-notes.'))![1].doc;
    const quotable = QUOTABLE_TEXT.flatMap((selector) => [...doc.querySelectorAll(selector)]);
    expect(doc.querySelectorAll(QUOTABLE_TEXT[0]).length).toBe(4);
    expect(quotable.some((element) => element.closest('.caption'))).toBe(true);
    for (const selector of NOT_QUOTABLE) {
      const excluded = doc.querySelector(selector)!;
      expect(excluded, selector).not.toBeNull();
      expect(quotable.filter((element) => excluded.contains(element) || element.contains(excluded))).toEqual([]);
    }
    expect(quotable.filter((element) => element.closest('#pane-side'))).toEqual([]);
  });
});
