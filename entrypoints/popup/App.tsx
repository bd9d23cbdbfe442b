import { i18n } from '#i18n';
import { ErrorText } from '@/components/popup/ErrorText';
import { NoConnection } from '@/components/popup/NoConnection';
import { PopupHeader } from '@/components/popup/PopupHeader';
import { RecordForm } from '@/components/popup/RecordForm';
import { usePopupSession, type Session } from '@/components/popup/use-popup-session';

/** The toolbar popup: one capture of the active tab (or `?tab=<id>`, `?capture=<id>`) → CRM records. */
export function App({ opening }: { opening: Promise<Session> }) {
  const session = usePopupSession(opening);
  return (
    <main className="popup">
      <PopupHeader />
      {session.phase === 'loading' && <p className="muted">{i18n.t('popup.loading')}</p>}
      {session.phase === 'failed' && (
        <p role="alert">
          <ErrorText error={session.error} />
        </p>
      )}
      {session.phase === 'ready' && (session.context.configured.syncro || session.context.configured.synax ? <RecordForm session={session} /> : <NoConnection />)}
    </main>
  );
}
