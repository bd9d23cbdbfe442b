import type { CrmId } from '../constants/crm';
import type { Credentials, CrmProvider } from './provider';
import { createSynaxProvider } from './synax/client';
import { createSyncroProvider, type SyncroProvider } from './syncro/client';

export function createProvider(crm: 'syncro', credentials: Credentials): SyncroProvider;
export function createProvider(crm: CrmId, credentials: Credentials): CrmProvider;
export function createProvider(crm: CrmId, credentials: Credentials): CrmProvider {
  return crm === 'syncro' ? createSyncroProvider(credentials) : createSynaxProvider(credentials);
}
