import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromText } from './extract.ts';

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

describe('extractFromText', () => {
  it('reads a signature: values named by the first line that is a name', () => {
    expect(extractFromText(fixture('signature.txt')).map(({ kind, raw, name, whatsapp }) => ({ kind, raw, name, whatsapp }))).toEqual([
      { kind: 'phone', raw: '(11) 98123-4567', name: 'Mariana Costa', whatsapp: true },
      { kind: 'phone', raw: '+55 11 3555-0100 ramal 210', name: 'Mariana Costa', whatsapp: undefined },
      { kind: 'email', raw: 'mariana.costa@acmetec.example', name: 'Mariana Costa', whatsapp: undefined },
    ]);
  });

  it('uses each line label when there is one, and skips non-phones', () => {
    expect(extractFromText(fixture('card-list.txt')).map(({ raw, name }) => ({ raw, name }))).toEqual([
      { raw: '(11) 4002-8930', name: 'Comercial' },
      { raw: 'comercial@acme.example', name: 'Comercial' },
      { raw: 'suporte@acme.example', name: 'Suporte' },
    ]);
  });

  it('marks every finding as a selection, in the order of the text', () => {
    const findings = extractFromText(fixture('signature.txt'));
    expect(findings.every((finding) => finding.source === 'selection')).toBe(true);
    expect(findings.map((finding) => finding.order)).toEqual([...findings.map((finding) => finding.order)].sort((a, b) => a - b));
  });
});
