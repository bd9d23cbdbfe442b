import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../storage/history';
import { searchCaptures } from './search';

const entry = (patch: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'a',
  at: 0,
  crm: 'synax',
  destination: 'synax',
  action: 'create',
  status: 'saved',
  name: 'João Lima',
  phone: '+5511987654321',
  email: 'joao@padariasol.example',
  page: { url: 'https://padariasol.example/contato', title: 'Contato' },
  record: null,
  error: null,
  attempts: 1,
  via: null,
  ...patch,
});

describe('searching the captures', () => {
  const joao = entry({});
  const ana = entry({ id: 'b', crm: 'syncro', name: 'Ana Reis', phone: null, email: null, page: { url: 'https://loja.example/', title: '' } });

  it('ignores accents and case, and needs every word', () => {
    expect(searchCaptures([joao, ana], 'joao')).toEqual([joao]);
    expect(searchCaptures([joao, ana], 'JOÃO synax')).toEqual([joao]);
    expect(searchCaptures([joao, ana], 'joao syncro')).toEqual([]);
  });

  it('finds a phone however it is typed, and a page by its host', () => {
    expect(searchCaptures([joao, ana], '(11) 98765-4321')).toEqual([joao]);
    expect(searchCaptures([joao, ana], 'loja.example')).toEqual([ana]);
    expect(searchCaptures([joao, ana], '  ')).toEqual([joao, ana]);
  });
});
