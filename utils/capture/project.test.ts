import { describe, expect, it } from 'vitest';
import { toCliJson } from './project.ts';
import type { Capture } from './types.ts';

describe('toCliJson', () => {
  it('keeps only name, phones and e-mails of each contact, in order', () => {
    const capture: Capture = {
      url: 'https://acme.example/contato',
      title: 'Contato',
      contacts: [
        { name: 'Acme', company: 'Acme', phones: ['+551140028922'], emails: ['contato@acme.example'], sources: ['text'], whatsapp: [] },
        { name: null, company: null, phones: [], emails: ['x@acme.example'], sources: ['links'], whatsapp: [] },
      ],
      phones: ['+551140028922'],
      emails: ['contato@acme.example', 'x@acme.example'],
    };
    expect(toCliJson(capture)).toEqual({
      contacts: [
        { name: 'Acme', phones: ['+551140028922'], emails: ['contato@acme.example'] },
        { name: null, phones: [], emails: ['x@acme.example'] },
      ],
      phones: ['+551140028922'],
      emails: ['contato@acme.example', 'x@acme.example'],
    });
  });
});
