import type { GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';

type Key = Extract<keyof GeneratedI18nStructure, `whatsapp.${string}`>;

/**
 * The button's texts straight from the browser's i18n (same messages and typed keys as
 * `#i18n`, without its plural/format layer, which these texts do not use: 1 KB of the budget).
 */
export function t(key: Key, ...substitutions: string[]): string {
  return (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(key.replace('.', '_'), substitutions);
}
