import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { SyncroProvider } from '../crm/syncro/client';
import { SYNCRO_META_MAX_AGE_MS, syncroMeta } from './syncro-meta';

const provider = { listPipelines: vi.fn(), listCustomFields: vi.fn() };
vi.mock('./connections', () => ({
  connectionStatus: async () => ({ crm: 'syncro', configured: true, keyHint: 'crm_demo…', baseUrl: 'https://app.syncro.chat/api/v1' }),
  providerFor: async () => provider as unknown as SyncroProvider,
}));

const pipelines = [{ id: 1, name: 'Vendas', stages: [{ id: 5, name: 'Novo', is_won: false, is_lost: false }] }];
const fields = [{ id: 2, name: 'origem', label: 'Origem', field_type: 'text' as const, options: [], is_required: true, is_active: true }];

beforeEach(() => {
  fakeBrowser.reset();
  provider.listPipelines.mockResolvedValue({ ok: true, data: pipelines });
  provider.listCustomFields.mockResolvedValue({ ok: true, data: fields });
});

describe('Syncro pipelines and custom fields cache', () => {
  it('fetches once for concurrent askers, then answers from the cache', async () => {
    const [a, b] = await Promise.all([syncroMeta(false, () => 1000), syncroMeta(false, () => 1000)]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ ok: true, data: { stale: false, warning: null, meta: { pipelines, fetchedAt: 1000 } } });
    expect(provider.listPipelines).toHaveBeenCalledTimes(1);
    await syncroMeta(false, () => 2000);
    expect(provider.listPipelines).toHaveBeenCalledTimes(1);
  });

  it('serves a stale cache at once, and refresh replaces it', async () => {
    await syncroMeta(false, () => 0);
    const stale = await syncroMeta(false, () => SYNCRO_META_MAX_AGE_MS + 1);
    expect(stale).toMatchObject({ ok: true, data: { stale: true } });
    expect(provider.listPipelines).toHaveBeenCalledTimes(1);
    const fresh = await syncroMeta(true, () => SYNCRO_META_MAX_AGE_MS + 1);
    expect(fresh).toMatchObject({ ok: true, data: { stale: false, meta: { fetchedAt: SYNCRO_META_MAX_AGE_MS + 1 } } });
  });

  it('keeps old pipelines when a refresh fails, and says why', async () => {
    await syncroMeta(false, () => 0);
    const error = { code: 'network', crm: 'syncro', offline: true };
    provider.listPipelines.mockResolvedValue({ ok: false, error });
    expect(await syncroMeta(true, () => 5)).toMatchObject({ ok: true, data: { stale: true, warning: error, meta: { fetchedAt: 0 } } });
  });

  it('shows pipelines without custom fields when their scope is missing, without caching that', async () => {
    const error = { code: 'missing_scope', crm: 'syncro', scope: 'custom_fields:read' };
    provider.listCustomFields.mockResolvedValue({ ok: false, error });
    expect(await syncroMeta(false, () => 0)).toMatchObject({ ok: true, data: { warning: error, meta: { customFields: [] } } });
    await syncroMeta(false, () => 1);
    expect(provider.listPipelines).toHaveBeenCalledTimes(2);
  });
});
