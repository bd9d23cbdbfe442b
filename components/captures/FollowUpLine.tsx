import { i18n } from '#i18n';

interface FollowUpLineProps {
  followUp: { kind: 'task' | 'deal'; title: string; url: string | null } | null | undefined;
  /** Still waiting for the record it belongs to. */
  waiting?: boolean;
}

/** "Task “Ligar para Maria Souza” · Open": a follow-up's own line under its record, as text. */
export function FollowUpLine({ followUp, waiting = false }: FollowUpLineProps) {
  if (!followUp) return null;
  return (
    <div className="follow-up-line">
      {i18n.t(followUp.kind === 'task' ? 'followUp.taskNamed' : 'followUp.dealNamed', [followUp.title])}
      {followUp.url && (
        <>
          {' · '}
          <a href={followUp.url} target="_blank" rel="noreferrer">
            {i18n.t(followUp.kind === 'task' ? 'followUp.openTask' : 'followUp.openDeal')}
          </a>
        </>
      )}
      {waiting && <span className="muted"> · {i18n.t('followUp.waiting')}</span>}
    </div>
  );
}
