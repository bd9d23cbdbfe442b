import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page';
import { findValue, phoneMatches } from './find';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

/** happy-dom lays nothing out, so every spot found here reads as hidden: these tests are about finding. */
function load(html: string): Document {
  page = loadHtml(html);
  return page.doc;
}

describe('phoneMatches', () => {
  it.each(['(21) 99123-4567', '+55 21 99123-4567', '021 99123 4567', '21991234567'])('finds 21991234567 in %s', (written) => {
    expect(phoneMatches(written, '21991234567')).toBe(true);
  });
  it.each(['(21) 99123-4568', '1234 5521 9912 34567', '99123-4567'])('not in %s', (written) => {
    expect(phoneMatches(written, '21991234567')).toBe(false);
  });
});

describe('findValue', () => {
  it('finds a phone as text however it is written, and an e-mail whatever its case', () => {
    const doc = load('<p>Ligue: <b>(21) 99123-4567</b></p><p>Helena@StudioLume.example</p>');
    expect(findValue(doc, { kind: 'phone', digits: '21991234567' })?.range.toString()).toBe('(21) 99123-4567');
    expect(findValue(doc, { kind: 'email', text: 'helena@studiolume.example' })?.range.toString()).toBe('Helena@StudioLume.example');
  });

  it('finds a value inside an open shadow root', () => {
    const doc = load('<contact-card></contact-card>');
    const shadow = doc.querySelector('contact-card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>E-mail: helena@studiolume.example</p>';
    expect(findValue(doc, { kind: 'email', text: 'helena@studiolume.example' })?.range.startContainer.getRootNode()).toBe(shadow);
  });

  it('falls back to the contact link that carries the value', () => {
    const doc = load('<a href="https://wa.me/5521991234567">Chame no WhatsApp</a><a href="mailto:Helena@studiolume.example?subject=Oi">Escreva</a>');
    expect(findValue(doc, { kind: 'phone', digits: '21991234567' })?.range.toString()).toBe('Chame no WhatsApp');
    expect(findValue(doc, { kind: 'email', text: 'helena@studiolume.example' })?.range.toString()).toBe('Escreva');
  });

  it('does not read structured data or scripts as the page', () => {
    const doc = load('<script type="application/ld+json">{"telephone":"+55 21 99123-4567"}</script><p>Outro: (21) 2555-0123</p>');
    expect(findValue(doc, { kind: 'phone', digits: '21991234567' })).toBeNull();
  });
});
