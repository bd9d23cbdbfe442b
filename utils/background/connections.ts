import { ALLOW_LOOPBACK } from '../build-flags';
import { pacerFor } from './pacing';
import { CRM_IDS, type CrmId } from '../constants/crm';
import { checkApiKey, checkBaseUrl, keyHint, usableBaseUrl } from '../crm/config';
import type { ConnectionReport, CrmProvider } from '../crm/provider';
import { createProvider } from '../crm/registry';
import type { SynaxProvider } from '../crm/synax/client';
import type { SyncroProvider } from '../crm/syncro/client';
import type { ConnectionStatus, Reply } from '../messaging/protocol';
import { appErrorSchema, type AppError } from '../crm/app-error';
import { lastTestsItem, type LastTest } from '../storage/connection-tests';
import { loadSettings, saveSettings, type EffectiveSettings } from '../storage/settings';
import { deleteApiKey, readApiKey, writeApiKey } from './credentials';

const BASE_URL_SETTING = { syncro: 'syncroBaseUrl', synax: 'synaxBaseUrl' } as const;

async function recordLastTest(crm: CrmId, lastTest: LastTest): Promise<void> {
  await lastTestsItem.setValue({ ...(await lastTestsItem.getValue()), [crm]: lastTest });
}

/** `settings`: a read the caller already started (the popup's context reads them once for both CRMs). */
export async function connectionStatus(crm: CrmId, settings: Promise<EffectiveSettings> = loadSettings()): Promise<ConnectionStatus> {
  const [{ values, managed }, lastTests, apiKey] = await Promise.all([settings, lastTestsItem.getValue(), readApiKey(crm)]);
  const setting = BASE_URL_SETTING[crm];
  return {
    crm,
    configured: apiKey !== null,
    keyHint: apiKey ? keyHint(crm, apiKey) : null,
    baseUrl: values[setting],
    baseUrlManaged: managed.includes(setting),
    lastTest: apiKey ? (lastTests[crm] ?? null) : null,
  };
}

export async function saveConnection(crm: CrmId, apiKey: string | null, baseUrl: string): Promise<Reply<ConnectionStatus>> {
  const baseUrlProblem = checkBaseUrl(crm, baseUrl, ALLOW_LOOPBACK);
  if (baseUrlProblem) return { ok: false, error: { code: 'invalid_base_url', crm, problem: baseUrlProblem } };
  // A saved key is only ever sent where it was saved for: a new address needs the key again.
  if (apiKey === null && (await readApiKey(crm)) && baseUrl !== (await loadSettings()).values[BASE_URL_SETTING[crm]]) {
    return { ok: false, error: { code: 'invalid_key', crm, problem: 'rebind' } };
  }
  if (apiKey !== null) {
    const keyProblem = checkApiKey(crm, apiKey);
    if (keyProblem) return { ok: false, error: { code: 'invalid_key', crm, problem: keyProblem } };
    await writeApiKey(crm, apiKey);
    await recordLastTest(crm, null);
  }
  await saveSettings({ [BASE_URL_SETTING[crm]]: baseUrl });
  return { ok: true, data: await connectionStatus(crm) };
}

export async function removeConnection(crm: CrmId): Promise<ConnectionStatus> {
  await deleteApiKey(crm);
  await recordLastTest(crm, null);
  return connectionStatus(crm);
}

export async function providerFor(crm: 'syncro'): Promise<SyncroProvider | null>;
export async function providerFor(crm: 'synax'): Promise<SynaxProvider | null>;
export async function providerFor(crm: CrmId): Promise<CrmProvider | null>;
export async function providerFor(crm: CrmId): Promise<CrmProvider | null> {
  const apiKey = await readApiKey(crm);
  if (!apiKey) return null;
  const { values } = await loadSettings();
  // Checked again where the key is about to be used, whatever wrote the setting.
  const pacer = pacerFor(crm);
  return createProvider(crm, { apiKey, baseUrl: usableBaseUrl(crm, values[BASE_URL_SETTING[crm]], ALLOW_LOOPBACK) }, pacer.take);
}

export async function testConnection(crm: CrmId): Promise<Reply<ConnectionReport>> {
  const provider = await providerFor(crm);
  if (!provider) return { ok: false, error: { code: 'not_configured', crm } };
  const result = await provider.testConnection();
  const error: AppError | null = result.ok ? null : appErrorSchema.parse(result.error);
  await recordLastTest(crm, { at: Date.now(), report: result.ok ? result.data : null, error });
  return result;
}

export async function allConnections(): Promise<Record<CrmId, ConnectionStatus>> {
  const settings = loadSettings();
  const [syncro, synax] = await Promise.all(CRM_IDS.map((crm) => connectionStatus(crm, settings)));
  return { syncro: syncro!, synax: synax! };
}
