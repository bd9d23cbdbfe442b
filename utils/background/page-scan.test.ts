import { describe, expect, it } from 'vitest';
import { recordJobSchema } from '../outbox/schema';
import { CAPTURE_LIMITS } from '../constants/capture';
import { readPageScan } from './page-scan';

const finding = { kind: 'phone', raw: '(11) 98765-4321', source: 'text', name: 'Maria Souza', weight: 0.8, order: 1 };

describe('what the injected collector hands back', () => {
  it('keeps a normal scan as it is', () => {
    const scan = { url: 'https://padariasol.example/', title: 'Padaria', findings: [finding], profileName: null, siteName: 'Padaria Sol', listing: false };
    expect(readPageScan(scan)).toEqual(scan);
  });

  it('keeps what ranking needs: the site name, a listing, a person known by name alone', () => {
    const person = { kind: 'name', raw: 'Giuseppe Ferraro', source: 'microdata', name: 'Giuseppe Ferraro', weight: 0.9, order: 2 };
    const scan = readPageScan({ url: 'https://vendeja.example/ad/1', title: 'Bicicleta', findings: [finding, person], profileName: null, siteName: 'VendeJá', listing: true });
    expect(scan).toMatchObject({ siteName: 'VendeJá', listing: true, findings: [finding, person] });
  });

  it('bounds a hostile page: a long title and URL still make a savable page, a huge name is cut, findings are capped', () => {
    const scan = readPageScan({
      url: `https://x.example/?q=${'a'.repeat(10_000)}`,
      title: 't'.repeat(5_000),
      findings: Array.from({ length: CAPTURE_LIMITS.scannedFindings * 5 }, (_, order) => ({ ...finding, order, name: 'N'.repeat(100_000) })),
      profileName: 'P'.repeat(100_000),
    })!;
    expect(scan.findings).toHaveLength(CAPTURE_LIMITS.scannedFindings);
    expect(scan.findings[0]!.name).toHaveLength(CAPTURE_LIMITS.name);
    expect(scan.profileName).toHaveLength(CAPTURE_LIMITS.name);
    const job = recordJobSchema.shape.page.safeParse({ url: scan.url, title: scan.title });
    expect(job.success).toBe(true);
  });

  it('drops what is not a finding, and refuses what is not a scan', () => {
    const scan = readPageScan({ url: 'https://x.example/', title: 7, findings: [finding, { kind: 'fax' }, null, { ...finding, weight: 'high' }], profileName: 42 });
    expect(scan).toEqual({ url: 'https://x.example/', title: '', findings: [finding, { ...finding, weight: 0 }], profileName: null, siteName: null, listing: false });
    expect(readPageScan(undefined)).toBeNull();
    expect(readPageScan({ url: 'x' })).toBeNull();
    expect(readPageScan('<html>')).toBeNull();
  });
});
