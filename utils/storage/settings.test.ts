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
});
