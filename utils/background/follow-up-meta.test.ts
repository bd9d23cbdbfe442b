import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ConnectionStatus } from '../messaging/protocol';
import { followUpMeta } from './follow-up-meta';

const syncro = { listUsers: vi.fn() };
const synax = { listPipelines: vi.fn(), listStages: vi.fn() };
let lastTest: ConnectionStatus['lastTest'] = null;
vi.mock('./connections', () => ({
  connectionStatus: async (crm: string) => ({ crm, configured: true, keyHint: 'crm_demo…', baseUrl: `https://${crm}.example/api`, lastTest }),
  providerFor: async (crm: string) => (crm === 'syncro' ? syncro : synax),
}));

beforeEach(() => {
  fakeBrowser.reset();
  lastTest = null;
  syncro.listUsers.mockReset().mockResolvedValue({ ok: true, data: [{ id: 1, name: 'Ana Lima', email: 'ana@x.example', role: 'admin' }] });
  synax.listPipelines.mockResolvedValue({ ok: true, data: [{ id: 'p1', name: 'Funil de Vendas' }] });
  synax.listStages.mockResolvedValue({
    ok: true,
    data: [
      { id: 's1', name: 'Novo lead', pipeline_id: 'p1', position: 1 },
      { id: 's9', name: 'Outro', pipeline_id: 'p2', position: 1 },
    ],
  });
});

describe('follow-up metadata for the popup', () => {
  it('Syncro: the team, fetched once for concurrent askers, then from the cache', async () => {
    const [a, b] = await Promise.all([followUpMeta('syncro', false, () => 1), followUpMeta('syncro', false, () => 1)]);
    expect(a).toEqual(b);
    expect(a).toEqual({ ok: true, data: { meta: { users: [{ id: 1, name: 'Ana Lima' }], pipelines: [], fetchedAt: 1 }, stale: false, warning: null, missingScope: null } });
    await followUpMeta('syncro', false, () => 2);
    expect(syncro.listUsers).toHaveBeenCalledTimes(1);
  });

  it('Synax: pipelines with their own stages', async () => {
    const answer = await followUpMeta('synax', false, () => 1);
    expect(answer.ok && answer.data.meta.pipelines).toEqual([{ id: 'p1', name: 'Funil de Vendas', stages: [{ id: 's1', name: 'Novo lead' }] }]);
  });

  it('says which scope the key lacks to create tasks (last connection test); a team it cannot read is a warning, not a failure', async () => {
    lastTest = { at: 1, error: null, report: { crm: 'syncro', accountName: null, plan: null, missingScopes: [{ scope: 'tasks:write', blocks: 'follow_up_task' }] } };
    const error = { code: 'missing_scope', crm: 'syncro', scope: 'users:read' };
    syncro.listUsers.mockResolvedValue({ ok: false, error });
    expect(await followUpMeta('syncro', false, () => 1)).toEqual({
      ok: true,
      data: { meta: { users: [], pipelines: [], fetchedAt: 0 }, stale: false, warning: error, missingScope: 'tasks:write' },
    });
  });
});
