import { allConnections, removeConnection, saveConnection, testConnection } from './connections';
import type { Handlers } from './router';

export const handlers: Handlers = {
  GET_CONNECTIONS: async () => ({ ok: true, data: await allConnections() }),
  SAVE_CONNECTION: ({ crm, apiKey, baseUrl }) => saveConnection(crm, apiKey || null, baseUrl),
  REMOVE_CONNECTION: async ({ crm }) => ({ ok: true, data: await removeConnection(crm) }),
  TEST_CONNECTION: ({ crm }) => testConnection(crm),
};
