import { useCallback, useEffect, useState } from 'react';
import type { CrmError } from '@/utils/crm/errors';
import { ask } from '@/utils/messaging/client';
import type { AppError } from '@/utils/crm/app-error';
import type { SyncroMeta } from '@/utils/storage/syncro-meta';

export interface SyncroMetaState {
  meta: SyncroMeta | null;
  loading: boolean;
  /** Nothing to show: the pipelines could not be read. */
  error: AppError | null;
  /** Shown, but incomplete or old: custom fields unreadable, or a refresh failed. */
  warning: { error: CrmError; stale: boolean } | null;
  refresh: () => void;
}

/** Pipelines, stages and custom fields from the background's cache; a stale cache refreshes itself. */
export function useSyncroMeta(enabled: boolean): SyncroMetaState {
  const [state, setState] = useState<Omit<SyncroMetaState, 'refresh'>>({ meta: null, loading: enabled, error: null, warning: null });

  const load = useCallback(async (refresh: boolean) => {
    setState((current) => ({ ...current, loading: true }));
    const reply = await ask('GET_SYNCRO_META', { refresh });
    if (!reply.ok) {
      setState((current) => ({ ...current, loading: false, error: current.meta ? null : reply.error }));
      return;
    }
    const { meta, stale, warning } = reply.data;
    setState({ meta, loading: stale && !refresh, error: null, warning: warning ? { error: warning, stale } : null });
    // Stale-while-revalidate: show the cached lists now, then ask again for fresh ones.
    if (stale && !refresh) void load(true);
  }, []);

  useEffect(() => {
    if (enabled) void load(false);
  }, [enabled, load]);

  return { ...state, refresh: () => void load(true) };
}
