import { z } from 'zod';
import { ALLOW_LOOPBACK } from '../build-flags';
import { SYNAX_DEFAULT_BASE_URL, SYNCRO_DEFAULT_BASE_URL } from '../crm/base-urls';
import type { CrmId } from '../constants/crm';
import { checkBaseUrl } from '../crm/config';
import { defineStoredItem } from './define';

export const DESTINATIONS = ['syncro', 'synax', 'both'] as const;
export type Destination = (typeof DESTINATIONS)[number];

const tagsSchema = z.array(z.string().trim().min(1).max(50)).max(30);
/** A base URL the key may go to (crm/config.ts), checked on every read: stored and policy values too. */
const baseUrlSchema = (crm: CrmId) => z.string().refine((url) => checkBaseUrl(crm, url, ALLOW_LOOPBACK) === null);

/** Each field repairs itself to its default, so one bad value never loses the others. */
export const settingsSchema = z.object({
  defaultDestination: z.enum(DESTINATIONS).catch('syncro'),
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .catch('BR'),
  /** Empty: use the capture's own source (`whatsapp`, the page's host). */
  defaultSource: z.string().max(100).catch(''),
  defaultTags: tagsSchema.catch([]),
  syncroBaseUrl: baseUrlSchema('syncro').catch(SYNCRO_DEFAULT_BASE_URL),
  synaxBaseUrl: baseUrlSchema('synax').catch(SYNAX_DEFAULT_BASE_URL),
  /**
   * The Syncro custom field (its `name`, syncro.md §7.4) that also gets a WhatsApp contact's
   * `@username` or LID (issue 19); null: none. Missing in settings saved before it existed.
   */
  syncroIdentityField: z.string().trim().min(1).max(100).nullable().catch(null),
});
export type Settings = z.infer<typeof settingsSchema>;
export type SettingName = keyof Settings;

export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});

/** Enterprise policy (storage.managed, see public/managed-schema.json): only valid values count. */
const managedSchema = z.object({
  defaultDestination: z.enum(DESTINATIONS).optional().catch(undefined),
  defaultCountry: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  defaultSource: z.string().max(100).optional().catch(undefined),
  defaultTags: tagsSchema.optional().catch(undefined),
  syncroBaseUrl: baseUrlSchema('syncro').optional().catch(undefined),
  synaxBaseUrl: baseUrlSchema('synax').optional().catch(undefined),
});

export const settingsItem = defineStoredItem('local:settings', { version: 1, schema: settingsSchema, fallback: DEFAULT_SETTINGS });

export interface EffectiveSettings {
  values: Settings;
  /** Settings fixed by policy: shown read-only, never overwritten. */
  managed: SettingName[];
}

export async function readManagedSettings(): Promise<Partial<Settings>> {
  try {
    const raw = await browser.storage.managed.get();
    const parsed = managedSchema.parse(raw);
    return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined)) as Partial<Settings>;
  } catch {
    // COMPAT(firefox): without an enterprise policy, storage.managed.get() rejects instead of returning {}.
    return {};
  }
}

export async function loadSettings(): Promise<EffectiveSettings> {
  const [stored, managed] = await Promise.all([settingsItem.getValue(), readManagedSettings()]);
  const values = { ...stored, ...managed };
  return { values, managed: Object.keys(managed) as SettingName[] };
}

/** Saves what the user changed, except settings that policy fixes. */
export async function saveSettings(patch: Partial<Settings>): Promise<EffectiveSettings> {
  const managed = await readManagedSettings();
  const stored = await settingsItem.getValue();
  const allowed = Object.fromEntries(Object.entries(patch).filter(([name]) => !(name in managed)));
  await settingsItem.setValue(settingsSchema.parse({ ...stored, ...allowed }));
  return loadSettings();
}
