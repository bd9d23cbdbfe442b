import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { ask } from '@/utils/messaging/client';
import type { AppError } from '@/utils/crm/app-error';
import { searchCaptures } from '@/utils/captures/search';
import { CRM_LABELS } from '@/utils/constants/crm';
import type { HistoryEntry } from '@/utils/storage/history';
import { errorText } from '@/utils/ui/error-text';
import { CaptureCells, CaptureHeadings } from './CaptureCells';
import { FollowUpLine } from './FollowUpLine';

function Result({ entry }: { entry: HistoryEntry }) {
  const label = CRM_LABELS[entry.crm];
  if (entry.status === 'failed')
    return (
      <span className="failed">
        {i18n.t('captures.failed')}: {entry.error ? errorText(entry.error) : ''}
      </span>
    );
  if (entry.status === 'discarded')
    return (
      <span className="failed">
        {i18n.t('outbox.discarded')}
        {entry.error ? `: ${errorText(entry.error)}` : ''}
      </span>
    );
  // How it got there when it took more than one try (utils/outbox): tries, and the last problem.
  const tries = [entry.via === 'found' ? i18n.t('captures.found') : '', (entry.attempts ?? 1) > 1 ? i18n.t('captures.afterAttempts', [entry.attempts ?? 1]) : ''].filter(Boolean);
  return (
    <>
      {i18n.t(entry.action === 'update' ? 'captures.updated' : 'captures.saved')}
      {entry.record && (
        <>
          {' · '}
          <a href={entry.record.url} target="_blank" rel="noreferrer">
            {i18n.t('captures.open', [label])}
          </a>
        </>
      )}
      {!entry.record && entry.via === 'created' && <div className="muted">{i18n.t('outbox.linkUnknown', [label])}</div>}
      {tries.length > 0 && <div className="muted">{tries.join(' · ')}</div>}
      {tries.length > 0 && entry.error && <div className="muted">{i18n.t('captures.pending.lastProblem', [errorText(entry.error)])}</div>}
    </>
  );
}

/**
 * The last 200 saves, newest first, searchable. Everything shown is text, never markup.
 * `refreshKey` changes when a delivery ends, so its line is read.
 */
export function CaptureList({ refreshKey }: { refreshKey: number }) {
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

  const shown = entries ? searchCaptures(entries, query) : [];
  return (
    <>
      {error && <p role="alert">{errorText(error)}</p>}
      <div className="captures-tools">
        <label htmlFor={searchId}>{i18n.t('captures.search')}</label>
        <input id={searchId} type="search" value={query} placeholder={i18n.t('captures.searchPlaceholder')} onChange={(event) => setQuery(event.target.value)} />
        <button type="button" className="danger" onClick={() => void clear()} disabled={!entries?.length}>
          {i18n.t('captures.clear')}
        </button>
      </div>
      {entries && (
        <p role="status" className="muted">
          {!entries.length ? i18n.t('captures.empty') : shown.length ? i18n.t('captures.count', [shown.length, entries.length]) : i18n.t('captures.noMatch', [query])}
        </p>
      )}
      {shown.length > 0 && (
        <table>
          <thead>
            <tr>
              <CaptureHeadings />
              <th scope="col">{i18n.t('captures.result')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((entry) => (
              <tr key={entry.id}>
                <CaptureCells at={entry.at} name={entry.name} phone={entry.phone} email={entry.email} page={entry.page} crm={entry.crm} />
                <td>
                  <FollowUpLine followUp={entry.followUp} />
                  <Result entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
