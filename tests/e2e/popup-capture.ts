import type { Worker } from '@playwright/test';
import type { Capture } from '../../utils/capture/types';

/** Synthetic people, as the page-capture extractors would hand them over. */
export const DEMO_CAPTURE: Capture = {
  url: 'https://padariasol.example/fale-conosco',
  title: 'Fale conosco — Padaria Sol Nascente',
  contacts: [
    {
      name: 'Maria Souza',
      company: 'Padaria Sol Nascente',
      phones: ['+5511987654321'],
      emails: ['maria.souza@padariasol.example'],
      sources: ['jsonld'],
      whatsapp: ['+5511987654321'],
    },
    { name: 'João Pereira', company: 'Padaria Sol Nascente', phones: ['+5511912345678', '+551134567890'], emails: [], sources: ['text'], whatsapp: [] },
    { name: null, company: 'Padaria Sol Nascente', phones: ['+551134567891'], emails: ['contato@padariasol.example'], sources: ['links'], whatsapp: [] },
  ],
  phones: ['+5511987654321', '+5511912345678', '+551134567890', '+551134567891'],
  emails: ['maria.souza@padariasol.example', 'contato@padariasol.example'],
};

/**
 * Hands a capture to the popup the way the context menu and WhatsApp button do
 * (utils/background/capture.ts keeps them in session storage), for `popup.html?capture=<id>`.
 */
export async function handCapture(worker: Worker, id: string, capture: Capture = DEMO_CAPTURE): Promise<string> {
  await worker.evaluate(async ({ id, capture }) => chrome.storage.session.set({ handedCaptures: [{ id, capture }], handedCaptures$: { v: 1 } }), { id, capture });
  return `popup.html?capture=${id}`;
}
