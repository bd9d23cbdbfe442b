import type { GeneratedI18nStructure } from '#i18n';
import { browser } from 'wxt/browser';

/** `save` for the message `whatsapp.save`: the block's name is written once here, not in every call (bytes of the budget). */
type Key = { [K in keyof GeneratedI18nStructure]: K extends `whatsapp.${infer Name}` ? Name : never }[keyof GeneratedI18nStructure];

/**
 * The button's texts (locales' `whatsapp:` block) straight from the browser's i18n (same
 * messages and typed keys as `#i18n`, without its plural/format layer, which these texts do not
 * use: 1 KB of the budget).
 */
export function t(key: Key, ...substitutions: string[]): string {
  return (browser.i18n.getMessage as (name: string, substitutions?: string[]) => string)(`whatsapp_${key}`, substitutions);
}
