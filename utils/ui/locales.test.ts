import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/tests/unit/i18n';

describe('locales', () => {
  it('pt-BR and English have the same messages with the same placeholders', async () => {
    const [en, pt] = await Promise.all([loadMessages('en'), loadMessages('pt_BR')]);
    expect(Object.keys(pt).sort()).toEqual(Object.keys(en).sort());
    const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();
    for (const [name, text] of Object.entries(en)) {
      expect(placeholders(pt[name]!), name).toEqual(placeholders(text));
      expect(pt[name], name).not.toBe('');
    }
  });
});
