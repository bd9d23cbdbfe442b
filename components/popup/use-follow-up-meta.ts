import { useCallback, useEffect, useState } from 'react';
import type { CrmId } from '@/utils/constants/crm';
import type { CrmError } from '@/utils/crm/errors';
import { ask } from '@/utils/messaging/client';
import type { FollowUpMeta } from '@/utils/storage/follow-up-meta';

export interface FollowUpMetaState {
  meta: FollowUpMeta | null;
  loading: boolean;
  /** The list could not be read: the block works without it (no assignee) or says why (no pipelines). */
  warning: CrmError | null;
  /** The key cannot create the follow-up (its last connection test): the block explains instead. */
  missingScope: string | null;
  refresh: () => void;
}

/** Syncro's team or Synax's pipelines from the background's cache, asked for once the rep opens the block. */
export function useFollowUpMeta(crm: CrmId, enabled: boolean): FollowUpMetaState {
  const [state, setState] = useState<Omit<FollowUpMetaState, 'refresh'>>({ meta: null, loading: false, warning: null, missingScope: null });

  const load = useCallback(
    async (refresh: boolean) => {
      setState((current) => ({ ...current, loading: true }));
      const reply = await ask('GET_FOLLOW_UP_META', { crm, refresh });
      if (!reply.ok) return setState((current) => ({ ...current, loading: false }));
      const { meta, stale, warning, missingScope } = reply.data;
      setState({ meta, loading: stale && !refresh, warning, missingScope });
      // Stale-while-revalidate, as the Syncro pipelines.
      if (stale && !refresh) void load(true);
    },
    [crm],
  );

  useEffect(() => {
    if (enabled) void load(false);
  }, [enabled, load]);

  return { ...state, refresh: () => void load(true) };
}
