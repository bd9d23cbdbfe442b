import type { HistoryEntry } from '../storage/history';
import { CRM_LABELS } from '../constants/crm';
import { hostOf } from '../popup/text';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Every word of the query must appear in the entry's name, phone (digits too), e-mail, page
 * title or host, or CRM name; accents and case are ignored ("joao" finds "João").
 */
export function searchCaptures(entries: HistoryEntry[], query: string): HistoryEntry[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return entries;
  return entries.filter((entry) => {
    const haystack = fold(
      [entry.name, entry.phone ?? '', (entry.phone ?? '').replace(/\D/g, ''), entry.email ?? '', entry.page.title, hostOf(entry.page.url), CRM_LABELS[entry.crm]].join(' '),
    );
    return words.every((word) => haystack.includes(/^\+?[\d\s()-]+$/.test(word) ? word.replace(/\D/g, '') || word : word));
  });
}
