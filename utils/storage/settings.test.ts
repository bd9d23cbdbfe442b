import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, settingsItem } from './settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('starts from Brazil, Syncro and no tags', async () => {
    expect(await loadSettings()).toEqual({ values: DEFAULT_SETTINGS, managed: [] });
    expect(DEFAULT_SETTINGS).toMatchObject({ defaultCountry: 'BR', defaultDestination: 'syncro', defaultTags: [] });
  });

  it('repairs a bad stored value without losing the good ones', async () => {
    await fakeBrowser.storage.local.set({ settings: { defaultCountry: 'brazil', defaultDestination: 'synax', defaultTags: 'a,b' } });
    const { values } = await loadSettings();
    expect(values).toMatchObject({ defaultCountry: 'BR', defaultDestination: 'synax', defaultTags: [] });
  });

  it('lets enterprise policy win and keeps managed values out of user saves', async () => {
    await fakeBrowser.storage.managed.set({ defaultCountry: 'PT', defaultTags: ['policy'], defaultDestination: 'nowhere' });
    const saved = await saveSettings({ defaultCountry: 'US', defaultSource: 'feira' });
    expect(saved.values).toMatchObject({ defaultCountry: 'PT', defaultTags: ['policy'], defaultSource: 'feira', defaultDestination: 'syncro' });
    expect(saved.managed.sort()).toEqual(['defaultCountry', 'defaultTags']);
    expect(await settingsItem.getValue()).toMatchObject({ defaultCountry: 'BR', defaultSource: 'feira' });
  });

  it('a base URL the key may not go to is not used, whether stored or set by policy', async () => {
    await fakeBrowser.storage.local.set({ settings: { syncroBaseUrl: 'http://app.syncro.chat/api/v1', synaxBaseUrl: 'https://api.synax.app.br/functions/v1/api-proxy' } });
    await fakeBrowser.storage.managed.set({ synaxBaseUrl: 'https://evil.example/functions/v1/api-proxy' });
    const { values, managed } = await loadSettings();
    expect(values.syncroBaseUrl).toBe(DEFAULT_SETTINGS.syncroBaseUrl);
    expect(values.synaxBaseUrl).toBe('https://api.synax.app.br/functions/v1/api-proxy');
    expect(managed).toEqual([]);
  });
});

describe('the Syncro custom field for the WhatsApp username (issue 19)', () => {
  it('is none by default, and settings saved before it existed keep every other value', async () => {
    expect(DEFAULT_SETTINGS.syncroIdentityField).toBeNull();
    await fakeBrowser.storage.local.set({ settings: { defaultCountry: 'PT', defaultDestination: 'synax', defaultSource: 'feira', defaultTags: ['vip'] }, settings$: { v: 1 } });
    await settingsItem.migrate();
    const { values } = await loadSettings();
    expect(values).toEqual({ ...DEFAULT_SETTINGS, defaultCountry: 'PT', defaultDestination: 'synax', defaultSource: 'feira', defaultTags: ['vip'], syncroIdentityField: null });
  });

  it('keeps the field chosen, and a bad stored value falls back to none without costing the others', async () => {
    await saveSettings({ syncroIdentityField: 'whatsapp_usuario' });
    expect((await loadSettings()).values.syncroIdentityField).toBe('whatsapp_usuario');
    await fakeBrowser.storage.local.set({ settings: { defaultCountry: 'PT', syncroIdentityField: 42 } });
    expect((await loadSettings()).values).toMatchObject({ defaultCountry: 'PT', syncroIdentityField: null });
    await fakeBrowser.storage.local.set({ settings: { defaultCountry: 'PT', syncroIdentityField: '   ' } });
    expect((await loadSettings()).values).toMatchObject({ defaultCountry: 'PT', syncroIdentityField: null });
  });
});
