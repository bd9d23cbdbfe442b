import { describe, expect, it } from 'vitest';
import { csvCell, defuse, exportContacts, foldLine, toCsv, toVcard, vcardText, type ExportContact } from './export';

const ana: ExportContact = { name: 'Ana Lima', phones: ['+5511987654321', '+551130001000'], email: 'ana@horizonte.example', company: 'Imobiliária Horizonte' };
const hostile: ExportContact = { name: '=HYPERLINK("http://evil.example","Clique")', phones: [], email: null, company: 'Souza, Lima & "Filhos"\nLtda' };

describe('exportContacts', () => {
  it('writes phones in E.164, unique, and leaves out a number no plan reads', () => {
    const rows = [
      { id: '0', name: ' Ana Lima ', phones: ['(11) 98765-4321', '+55 11 98765-4321', '12', '11 3000-1000'], email: 'Ana@Horizonte.example', company: ' Imobiliária Horizonte ' },
    ];
    expect(exportContacts(rows, 'BR')).toEqual([ana]);
  });
});

describe('CSV', () => {
  it('defuses cells a spreadsheet would run, but not a validated E.164 phone', () => {
    expect(defuse('=1+1')).toBe("'=1+1");
    expect(defuse('+cmd|calc')).toBe("'+cmd|calc");
    expect(defuse('-2')).toBe("'-2");
    expect(defuse('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(defuse('\t=1')).toBe("'\t=1");
    expect(defuse('+5511987654321')).toBe('+5511987654321');
    expect(defuse('Ana = Lima')).toBe('Ana = Lima');
  });

  it('quotes per RFC 4180: commas, quotes doubled, line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Souza, Lima')).toBe('"Souza, Lima"');
    expect(csvCell('O "Rei"')).toBe('"O ""Rei"""');
    expect(csvCell('linha 1\nlinha 2')).toBe('"linha 1\nlinha 2"');
    expect(csvCell('=A1,B1')).toBe(`"'=A1,B1"`);
  });

  it('writes a header, one CRLF line per person, UTF-8 with a byte-order mark', () => {
    expect(toCsv([ana, hostile])).toBe(
      '\uFEFFname,phone,other_phones,email,company\r\n' +
        'Ana Lima,+5511987654321,+551130001000,ana@horizonte.example,Imobiliária Horizonte\r\n' +
        `"'=HYPERLINK(""http://evil.example"",""Clique"")",,,,"Souza, Lima & ""Filhos""\nLtda"\r\n`,
    );
  });
});

describe('vCard', () => {
  it('escapes backslash, comma, semicolon and line breaks', () => {
    expect(vcardText('a\\b, c; d\r\ne\nf')).toBe('a\\\\b\\, c\\; d\\ne\\nf');
  });

  it('folds lines over 75 octets without splitting a character', () => {
    const line = `FN:${'ã'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBe(2);
    expect(new TextEncoder().encode(parts[0]).length).toBeLessThanOrEqual(75);
    expect(parts[1]!.startsWith(' ')).toBe(true);
    expect(parts.map((part, index) => (index ? part.slice(1) : part)).join('')).toBe(line);
    expect(foldLine('FN:Ana')).toBe('FN:Ana');
  });

  it('writes vCard 3.0 with text phones and typed e-mail', () => {
    expect(toVcard([ana], '3.0')).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Ana Lima',
        'N:Lima;Ana;;;',
        'TEL;TYPE=VOICE:+5511987654321',
        'TEL;TYPE=VOICE:+551130001000',
        'EMAIL;TYPE=INTERNET:ana@horizonte.example',
        'ORG:Imobiliária Horizonte',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('writes vCard 4.0 with tel: URIs, escaped values, and a name for a person found without one', () => {
    const nameless: ExportContact = { name: '', phones: ['+5521987654321'], email: null, company: null };
    expect(toVcard([hostile, nameless], '4.0')).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:=HYPERLINK("http://evil.example"\\,"Clique")',
        'N:=HYPERLINK("http://evil.example"\\,"Clique");;;;',
        'ORG:Souza\\, Lima & "Filhos"\\nLtda',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:+5521987654321',
        'N:;;;;',
        'TEL;VALUE=uri:tel:+5521987654321',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });
});
