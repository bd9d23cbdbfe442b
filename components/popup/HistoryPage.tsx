import { useEffect, useId, useState, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { ask } from '@/utils/messaging/client';
import type { AppError } from '@/utils/messaging/protocol';
import { searchHistory } from '@/utils/popup/history-search';
import { CRM_LABELS } from '@/utils/popup/labels';
import { hostOf } from '@/utils/popup/text';
import type { HistoryEntry } from '@/utils/storage/history';
import { errorText } from '@/utils/ui/error-text';
import './history.css';

function Result({ entry }: { entry: HistoryEntry }) {
  const label = CRM_LABELS[entry.crm];
  if (entry.status === 'failed') return <span className="failed">{i18n.t('history.failed')}: {entry.error ? errorText(entry.error) : ''}</span>;
  if (entry.status === 'discarded') return <span className="failed">{i18n.t('outbox.discarded')}{entry.error ? `: ${errorText(entry.error)}` : ''}</span>;
  // How it got there when it took more than one try (utils/outbox): tries, and the last problem.
  const tries = [
    entry.via === 'found' ? i18n.t('outbox.found') : '',
    (entry.attempts ?? 1) > 1 ? i18n.t('outbox.afterAttempts', [entry.attempts ?? 1]) : '',
  ].filter(Boolean);
  return (
    <>
      {i18n.t(entry.action === 'update' ? 'history.updated' : 'history.saved')}
      {entry.record && (
        <>
          {' · '}
          <a href={entry.record.url} target="_blank" rel="noreferrer">
            {i18n.t('history.open', [label])}
          </a>
        </>
      )}
      {!entry.record && entry.via === 'created' && <div className="muted">{i18n.t('outbox.linkUnknown', [label])}</div>}
      {tries.length > 0 && <div className="muted">{tries.join(' · ')}</div>}
      {tries.length > 0 && entry.error && <div className="muted">{i18n.t('outbox.lastProblem', [errorText(entry.error)])}</div>}
    </>
  );
}

interface HistoryPageProps {
  /** Shown above the history: the saves still on their way (entrypoints/captures). */
  outbox?: ReactNode;
  /** Changes when a delivery ends, so its line is read. */
  refreshKey?: number;
}

/** The last 200 saves, newest first, searchable. Everything shown is text, never markup. */
export function HistoryPage({ outbox, refreshKey = 0 }: HistoryPageProps = {}) {
  const searchId = useId();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    void ask('GET_HISTORY').then((reply) => (reply.ok ? setEntries(reply.data) : setError(reply.error)));
  }, [refreshKey]);

  async function clear() {
    const reply = await ask('CLEAR_HISTORY');
    if (reply.ok) setEntries([]);
  }

  const shown = entries ? searchHistory(entries, query) : [];
  const when = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <main className="history">
      <h1>{i18n.t('history.title')}</h1>
      <p className="intro">{i18n.t('history.intro')}</p>
      {error && <p role="alert">{errorText(error)}</p>}
      {outbox}
      <div className="history-tools">
        <label htmlFor={searchId}>{i18n.t('history.search')}</label>
        <input id={searchId} type="search" value={query} placeholder={i18n.t('history.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
        <button type="button" className="danger" onClick={() => void clear()} disabled={!entries?.length}>
          {i18n.t('history.clear')}
        </button>
      </div>
      {entries && (
        <p role="status" className="muted">
          {!entries.length ? i18n.t('history.empty') : shown.length ? i18n.t('history.count', [shown.length, entries.length]) : i18n.t('history.noMatch', [query])}
        </p>
      )}
      {shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{i18n.t('history.when')}</th>
              <th scope="col">{i18n.t('history.person')}</th>
              <th scope="col">{i18n.t('history.from')}</th>
              <th scope="col">{i18n.t('history.crm')}</th>
              <th scope="col">{i18n.t('history.result')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <td>{when.format(entry.at)}</td>
                <td>
                  <strong>{entry.name}</strong>
                  <br />
                  <span className="muted">{[entry.phone, entry.email].filter(Boolean).join(' · ')}</span>
                </td>
                <td title={entry.page.url}>{entry.page.title || hostOf(entry.page.url) || '—'}</td>
                <td>{CRM_LABELS[entry.crm]}</td>
                <td>
                  <Result entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
