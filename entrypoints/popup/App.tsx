import { lazy, Suspense, useState } from 'react';
import { i18n } from '#i18n';
import { ErrorText } from '@/components/popup/ErrorText';
import { NoConnection } from '@/components/popup/NoConnection';
import { PopupHeader } from '@/components/popup/PopupHeader';
import { RecordForm } from '@/components/popup/RecordForm';
import { usePopupSession, type Session } from '@/components/popup/use-popup-session';

// Only when the rep asks for several people: keeps the popup's first load small.
const BulkView = lazy(() => import('@/components/popup/bulk/BulkView'));

/** The toolbar popup: one capture of the active tab (or `?tab=<id>`, `?capture=<id>`) → CRM records. */
export function App({ opening }: { opening: Promise<Session> }) {
  const session = usePopupSession(opening);
  const [bulk, setBulk] = useState(false);
  return (
    <main className="popup">
      <PopupHeader />
      {session.phase === 'loading' && <p className="muted">{i18n.t('popup.loading')}</p>}
      {session.phase === 'failed' && (
        <p role="alert">
          <ErrorText error={session.error} />
        </p>
      )}
      {session.phase === 'ready' && !(session.context.configured.syncro || session.context.configured.synax) && <NoConnection />}
      {session.phase === 'ready' && (session.context.configured.syncro || session.context.configured.synax) && (
        <>
          {!bulk && session.capture.contacts.length > 1 && (
            <button type="button" className="link bulk-open" onClick={() => setBulk(true)}>
              {i18n.t('bulk.open')}
            </button>
          )}
          {bulk ? (
            <Suspense fallback={<p className="muted">{i18n.t('popup.loading')}</p>}>
              <BulkView session={session} onBack={() => setBulk(false)} />
            </Suspense>
          ) : (
            <RecordForm session={session} />
          )}
        </>
      )}
    </main>
  );
}
