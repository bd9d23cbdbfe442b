import { describe, expect, it } from 'vitest';
import { buildCapture, normalizeEmail, normalizePhone } from './normalize.ts';
import type { Finding, PageScan } from './types.ts';

describe('normalizePhone', () => {
  it.each([
    ['(11) 98765-4321', '+5511987654321'],
    ['(11) 9 8765-4321', '+5511987654321'],
    ['011 98765-4321', '+5511987654321'],
    ['(0xx11) 4002-8922', '+551140028922'],
    ['+55 (11) 4002-8922', '+551140028922'],
    ['55 11 98765 4321', '+5511987654321'],
    ['0800 601 2345', '+558006012345'],
    ['4004-0001', '+5540040001'],
    ['+551140028922 ext. 12', '+551140028922'],
    ['+1 (212) 555-0147', '+12125550147'],
    ['+44 (0)20 7946 0958', '+442079460958'],
    ['+351 912 345 678', '+351912345678'],
  ])('%s → %s', (raw, e164) => {
    expect(normalizePhone(raw, 'BR')).toBe(e164);
  });

  it.each([
    ['123.456.789-09', 'a CPF that min metadata alone would accept'],
    ['(10) 98765-4321', 'no such area code'],
    ['(11) 1234-5678', 'no landline starts with 1'],
    ['(11) 8765-4321', 'a mobile without its extra 9'],
    ['98765-4321', 'no area code'],
    ['123', 'an internal extension'],
    ['12.345.678/0001-90', 'a CNPJ'],
  ])('%s is not a phone (%s)', (raw) => {
    expect(normalizePhone(raw, 'BR')).toBeNull();
  });

  it('reads national numbers in the default country', () => {
    expect(normalizePhone('912 345 678', 'PT')).toBe('+351912345678');
  });
});

describe('normalizeEmail', () => {
  it.each([
    ['MAILTO:SAC@EditoraAurora.Example', 'sac@editoraaurora.example'],
    ['direitos%40editora.example', 'direitos@editora.example'],
    ['<vendas@editora.example>', 'vendas@editora.example'],
    ['joão@acentos.example', 'joão@acentos.example'],
  ])('%s → %s', (raw, email) => {
    expect(normalizeEmail(raw)).toBe(email);
  });

  it.each([['logo@2x.png'], ['@handle'], ['@scope/pkg'], ['user@localhost'], ['a..b@x.example'], ['[email protected]']])('%s is not an e-mail', (raw) => {
    expect(normalizeEmail(raw)).toBeNull();
  });
});

function finding(overrides: Partial<Finding> & Pick<Finding, 'raw'>): Finding {
  return { kind: 'phone', source: 'text', name: null, weight: 0.7, order: 0, ...overrides };
}

function scan(findings: Finding[]): PageScan {
  return { url: 'https://acme.example/', title: 'Acme', findings, profileName: null };
}

describe('buildCapture', () => {
  it('reads the recipients of a mailto: link the page passed whole, not its bcc', () => {
    const capture = buildCapture(
      scan([
        finding({
          raw: 'mailto:vendas%40acme.example,Ana%20%3Cana@acme.example%3E?subject=Oi&cc=copia@acme.example&bcc=oculto@acme.example',
          kind: 'email',
          name: 'Vendas',
          source: 'links',
        }),
        finding({ raw: 'mailto:?subject=Compartilhar', kind: 'email', name: 'Vendas', source: 'links' }),
      ]),
      'BR',
    );
    expect(capture.emails).toEqual(['vendas@acme.example', 'ana@acme.example', 'copia@acme.example']);
  });

  it('groups values by name, in document order, and lists every value once', () => {
    const capture = buildCapture(
      scan([
        finding({ raw: '(11) 4002-8930', name: 'Comercial', order: 10 }),
        finding({ raw: 'comercial@acme.example', kind: 'email', name: 'Comercial', order: 11 }),
        finding({ raw: '+5511987650001', name: 'COMERCIAL', source: 'links', whatsapp: true, weight: 0.8, order: 12 }),
        finding({ raw: '(11) 4002-8940', name: 'Suporte', order: 20 }),
        finding({ raw: '(11) 4002-8930', name: 'Comercial', source: 'links', weight: 0.8, order: 10 }),
        finding({ raw: 'not a phone', name: 'Suporte', order: 21 }),
      ]),
      'BR',
    );
    expect(capture.contacts).toEqual([
      {
        name: 'Comercial',
        company: null,
        phones: ['+551140028930', '+5511987650001'],
        emails: ['comercial@acme.example'],
        sources: ['links', 'text'],
        whatsapp: ['+5511987650001'],
        // Each value's strongest finding: the tel: link over the same number in text.
        origins: {
          '+551140028930': { source: 'links', via: 'tel', confidence: 'high' },
          '+5511987650001': { source: 'links', via: 'wa', confidence: 'high' },
          'comercial@acme.example': { source: 'text', confidence: 'medium' },
        },
        nameOrigin: { source: 'links', confidence: 'medium' },
      },
      {
        name: 'Suporte',
        company: null,
        phones: ['+551140028940'],
        emails: [],
        sources: ['text'],
        whatsapp: [],
        origins: { '+551140028940': { source: 'text', confidence: 'medium' } },
        nameOrigin: { source: 'text', confidence: 'medium' },
      },
    ]);
    expect(capture.phones).toEqual(['+551140028930', '+5511987650001', '+551140028940']);
    expect(capture.emails).toEqual(['comercial@acme.example']);
  });

  it("names the site owner's unnamed values after it, joined with its structured entry", () => {
    const capture = buildCapture(
      scan([
        finding({ raw: '+55 11 4002-8922', source: 'jsonld', name: 'Acme Indústria Ltda', company: 'Acme Indústria Ltda', weight: 0.9, order: 0 }),
        finding({ raw: 'contato@acme.example', kind: 'email', company: 'Acme Indústria', weight: 0.35, order: 90 }),
      ]),
      'BR',
    );
    expect(capture.contacts.map(({ name, phones, emails }) => ({ name, phones, emails }))).toEqual([
      { name: 'Acme Indústria Ltda', phones: ['+551140028922'], emails: ['contato@acme.example'] },
    ]);
  });

  it("drops an unnamed repeat of a named contact's value, but not another extension of it", () => {
    const capture = buildCapture(
      scan([
        finding({ raw: '(11) 98765-4321', company: 'Classificados', order: 5 }),
        finding({ raw: '+5511987654321', name: 'Carlos Pereira', source: 'links', weight: 0.8, order: 9 }),
        finding({ raw: '+551140028922', company: 'Hotel', source: 'links', weight: 0.8, order: 1 }),
        finding({ raw: '+551140028922 ext. 12', name: 'Reservas', source: 'links', weight: 0.8, order: 3 }),
      ]),
      'BR',
    );
    expect(capture.contacts.map(({ name, phones }) => ({ name, phones }))).toEqual([
      { name: 'Hotel', phones: ['+551140028922'] },
      { name: 'Reservas', phones: ['+551140028922'] },
      { name: 'Carlos Pereira', phones: ['+5511987654321'] },
    ]);
  });

  it('ranks the profile person first and page chrome last, whatever their order', () => {
    const capture = buildCapture(
      scan([
        finding({ raw: 'ajuda@site.example', kind: 'email', company: 'Site', weight: 0.35, order: 1 }),
        finding({ raw: '(11) 3555-0100', name: 'Acme Tecnologia', order: 2 }),
        finding({ raw: '(11) 98123-4567', name: 'Mariana Costa', weight: 1, order: 3 }),
        finding({ raw: 'mariana@acme.example', kind: 'email', name: 'Contato comercial', order: 4 }),
        finding({ raw: 'mariana@acme.example', kind: 'email', name: 'Mariana Costa', weight: 1, order: 5 }),
      ]),
      'BR',
    );
    // "Contato comercial" only repeats the person's value: on a profile page it is the person.
    expect(capture.contacts.map((contact) => contact.name)).toEqual(['Mariana Costa', 'Acme Tecnologia', 'Site']);
  });

  it("keeps an article's quoted contact without a name", () => {
    const capture = buildCapture(scan([finding({ raw: '(11) 3397-1200', company: null })]), 'BR');
    expect(capture.contacts).toEqual([
      // Nobody's, unlabelled, in running text: the least sure reading.
      { name: null, company: null, phones: ['+551133971200'], emails: [], sources: ['text'], whatsapp: [], origins: { '+551133971200': { source: 'text', confidence: 'low' } } },
    ]);
  });

  it('offers a person known by name alone, below everyone who can be reached', () => {
    const capture = buildCapture(
      scan([
        finding({ raw: 'Ana Souza', kind: 'name', name: 'Ana Souza', source: 'jsonld', weight: 0.9, order: 0 }),
        finding({ raw: '(11) 4002-8922', name: null, company: 'Acme', weight: 0.35, order: 50 }),
        finding({ raw: 'Bruno Lima', kind: 'name', name: 'Bruno Lima', source: 'microdata', weight: 0.9, order: 10 }),
        finding({ raw: 'bruno@acme.example', kind: 'email', name: 'Bruno Lima', source: 'text', order: 11 }),
      ]),
      'BR',
    );
    expect(capture.contacts.map(({ name, phones, emails }) => ({ name, phones, emails }))).toEqual([
      { name: 'Bruno Lima', phones: [], emails: ['bruno@acme.example'] },
      { name: 'Acme', phones: ['+551140028922'], emails: [] },
      { name: 'Ana Souza', phones: [], emails: [] },
    ]);
  });

  it("puts the page's owner first within its tier, known by the site name or the web address", () => {
    const findings = [
      finding({ raw: '(11) 4002-8930', name: 'Comercial', order: 1 }),
      finding({ raw: '(11) 4002-8922', name: 'Padaria Sol Nascente', order: 5 }),
      finding({ raw: 'sac@site.example', kind: 'email', company: 'Padaria Sol', weight: 0.35, order: 9 }),
    ];
    const names = (page: Partial<PageScan>) => buildCapture({ ...scan(findings), ...page }, 'BR').contacts.map((contact) => contact.name);
    expect(names({ url: 'https://www.padariasolnascente.example/contato' })).toEqual(['Padaria Sol Nascente', 'Comercial']);
    expect(names({ url: 'https://loja.example/', siteName: 'Padaria Sol' })).toEqual(['Padaria Sol Nascente', 'Comercial']);
    expect(names({ url: 'https://loja.example/' })).toEqual(['Comercial', 'Padaria Sol Nascente']);
    // On a profile page the site is the platform, not who the page is about.
    expect(names({ url: 'https://www.padariasolnascente.example/', profileName: 'Ana' })).toEqual(['Comercial', 'Padaria Sol Nascente']);
  });

  it("gives a value named by a tagline, a promise or an address back to the site's owner", () => {
    const capture = buildCapture(
      {
        ...scan([finding({ raw: '(21) 2548-7788', name: 'Pizza Artesanal em Copacabana', order: 1 }), finding({ raw: '(21) 2548-7799', name: 'Entrega Grátis', order: 2 })]),
        siteName: 'Bella Napoli',
      },
      'BR',
    );
    expect(capture.contacts.map(({ name, phones }) => ({ name, phones }))).toEqual([{ name: 'Bella Napoli', phones: ['+552125487788', '+552125487799'] }]);
  });

  it("puts the person over the platform on a platform's page about them", () => {
    const findings = [
      finding({ raw: 'ajuda@classifica.example', kind: 'email', name: 'Classifica+ Ajuda', order: 1 }),
      finding({ raw: 'carlos.pereira@correio.example', kind: 'email', name: 'Carlos Pereira', order: 5 }),
      finding({ raw: '(11) 98765-4321', name: 'Carlos Pereira', order: 6 }),
    ];
    const capture = buildCapture({ ...scan(findings), url: 'https://www.classifica.example/anuncio/123', siteName: 'Classifica+' }, 'BR');
    expect(capture.contacts.map((contact) => contact.name)).toEqual(['Carlos Pereira', 'Classifica+ Ajuda']);
  });
});
