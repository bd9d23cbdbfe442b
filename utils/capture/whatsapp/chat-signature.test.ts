import { describe, expect, it } from 'vitest';
import { chatSignature } from './chat-signature';
import { findHeader, findMain } from './selectors';
import { whatsappPages } from './testing';

const page = whatsappPages();
const signatureOf = (doc: Document) => chatSignature(findMain(doc)!, findHeader(doc)!);

/** A new row at the end of the chat, as when a message arrives. */
function receive(doc: Document, dataId: string): void {
  const row = doc.createElement('div');
  row.setAttribute('data-id', dataId);
  doc.querySelector('#main [data-id]')!.parentElement!.parentElement!.append(row);
}

describe('chat switch signature', () => {
  it('2026 bare ids: two chats with the same title differ (saved-contact-bare-ids.2026-12-05.html)', () => {
    const one = page('saved-contact-bare-ids');
    const other = page('saved-contact-bare-ids');
    other.querySelectorAll('#main [data-id]').forEach((row, index) => row.setAttribute('data-id', `3EB0FFFF00000000000000${index}`));
    expect(signatureOf(one)).toEqual({ title: 'Luana Ferreira', signature: 'Luana Ferreira|3EB0B2C1D4E5F60718293A4B' });
    expect(signatureOf(other).title).toBe(signatureOf(one).title);
    expect(signatureOf(other).signature).not.toBe(signatureOf(one).signature);
  });

  it('keyed rows: the chat jid, as before (saved-contact.2026-11-24.html)', () => {
    expect(signatureOf(page('saved-contact')).signature).toBe('Maria Souza|5521998765432@c.us');
  });

  it('a new message in the same chat is not a switch, in both formats', () => {
    for (const [name, dataId] of [
      ['saved-contact-bare-ids', 'AC0000000000000000000099'],
      ['saved-contact', 'false_5521998765432@c.us_3EB0FFFFFFFF'],
    ] as const) {
      const doc = page(name);
      const before = signatureOf(doc);
      receive(doc, dataId);
      expect(signatureOf(doc), name).toEqual(before);
    }
  });

  it('a chat with no message yet is told apart by its title alone (saved-contact-no-messages.2024-03-18.html)', () => {
    expect(signatureOf(page('saved-contact-no-messages')).signature).toBe('Juliana Costa|');
  });
});
