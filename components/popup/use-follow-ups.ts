import { useEffect, useState } from 'react';
import { dueQuickPickDates } from '@/utils/popup/follow-up';
import { initialFollowUps, type DealForm, type FollowUpForms, type TaskForm } from '@/utils/popup/follow-up-form';
import type { Configured } from '@/utils/popup/form';
import { useFollowUpMeta, type FollowUpMetaState } from './use-follow-up-meta';

export interface FollowUps {
  forms: FollowUpForms;
  setTask: (patch: Partial<TaskForm>, clears?: string[]) => void;
  setDeal: (patch: Partial<DealForm>, clears?: string[]) => void;
  /** The rep's "today" etc. in their time zone. */
  dates: ReturnType<typeof dueQuickPickDates>;
  syncroMeta: FollowUpMetaState;
  synaxMeta: FollowUpMetaState;
}

const timeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The follow-up blocks' state (not part of the draft): due tomorrow by default; lists fetched for configured CRMs. */
export function useFollowUps(configured: Configured, clear: (keys: string[]) => void): FollowUps {
  const [dates] = useState(() => dueQuickPickDates(new Date(), timeZone()));
  const [forms, setForms] = useState(() => initialFollowUps(dates.tomorrow));
  const syncroMeta = useFollowUpMeta('syncro', configured.syncro && forms.task.enabled);
  const synaxMeta = useFollowUpMeta('synax', configured.synax && forms.deal.enabled);
  // The first pipeline and its first stage, once the lists arrive (as the Syncro lead's pipeline).
  const first = synaxMeta.meta?.pipelines[0];
  useEffect(() => {
    if (first) setForms((current) => (current.deal.pipelineId ? current : { ...current, deal: { ...current.deal, pipelineId: first.id, stageId: first.stages[0]?.id ?? '' } }));
  }, [first]);
  return {
    forms,
    dates,
    syncroMeta,
    synaxMeta,
    setTask: (patch, clears = []) => {
      setForms((current) => ({ ...current, task: { ...current.task, ...patch } }));
      clear(clears);
    },
    setDeal: (patch, clears = []) => {
      setForms((current) => ({ ...current, deal: { ...current.deal, ...patch } }));
      clear(clears);
    },
  };
}
