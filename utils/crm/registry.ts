import type { CrmId } from '../constants/crm';
import type { Transport } from './http';
import type { Credentials, CrmProvider } from './provider';
import { createSynaxProvider, type SynaxProvider } from './synax/client';
import { createSyncroProvider, type SyncroProvider } from './syncro/client';

/** `pace`: waits for the CRM's rate limit before each request (the background's pacer for that CRM). */
export function createProvider(crm: 'syncro', credentials: Credentials, pace?: Transport['pace']): SyncroProvider;
export function createProvider(crm: 'synax', credentials: Credentials, pace?: Transport['pace']): SynaxProvider;
export function createProvider(crm: CrmId, credentials: Credentials, pace?: Transport['pace']): CrmProvider;
export function createProvider(crm: CrmId, credentials: Credentials, pace?: Transport['pace']): CrmProvider {
  return crm === 'syncro' ? createSyncroProvider(credentials, undefined, pace) : createSynaxProvider(credentials, undefined, pace);
}
