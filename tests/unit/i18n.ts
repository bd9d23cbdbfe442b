import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Locale = 'en' | 'pt_BR';

export async function loadMessages(locale: Locale): Promise<Record<string, string>> {
  const parsed = await parseMessagesFile(path.resolve('locales', `${locale}.yml`));
  const chrome = generateChromeMessages(parsed);
  return Object.fromEntries(Object.entries(chrome).map(([name, entry]) => [name, entry.message]));
}

/** Makes `browser.i18n.getMessage` answer from our locale files, as the browser would. */
export async function useLocale(locale: Locale): Promise<void> {
  const messages = await loadMessages(locale);
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const values = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
    return (messages[name] ?? '').replace(/\$(\d)/g, (_, n: string) => String(values[Number(n) - 1] ?? ''));
  }) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => locale.replace('_', '-');
}
