import { useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import { ask } from '@/utils/messaging/client';
import type { ResponseOf } from '@/utils/messaging/protocol';
import { CRM_LABELS } from '@/utils/constants/crm';

type Quarantined = ResponseOf<'OUTBOX_QUARANTINE'>;

/** A JSON file of every set-aside save, as stored: nothing the user may need is lost with them. */
function exportAll(items: Quarantined) {
  const blob = new Blob([JSON.stringify(items, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `crm-capture-unreadable-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * Saves the outbox stored but can no longer read (set aside, never sent by themselves): each can
 * be sent again when its record still reads, and all of them exported as a file.
 */
export function QuarantinedSaves({ count, onResent }: { count: number; onResent: () => void }) {
  const headingId = useId();
  const [items, setItems] = useState<Quarantined>([]);
  const [busy, setBusy] = useState(false);

  async function load() {
    const reply = await ask('OUTBOX_QUARANTINE');
    if (reply.ok) setItems(reply.data);
  }
  useEffect(() => {
    void load();
  }, [count]);

  async function resend(key: string) {
    setBusy(true);
    await ask('RESEND_QUARANTINED', { key });
    setBusy(false);
    await load();
    onResent();
  }

  const when = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="quarantine" aria-labelledby={headingId}>
      <h3 id={headingId}>{i18n.t('outbox.quarantine.title')}</h3>
      <p className="failed">{i18n.t('captures.pending.quarantined', [count])}</p>
      <p className="muted">{i18n.t('outbox.quarantine.intro')}</p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            {i18n.t('outbox.quarantine.row', [
              when.format(item.at),
              [item.name ?? i18n.t('outbox.quarantine.unknown'), item.crm ? CRM_LABELS[item.crm] : ''].filter(Boolean).join(' → '),
            ])}{' '}
            <span className="muted">({item.reason})</span>{' '}
            {item.resendable && (
              <button type="button" disabled={busy} onClick={() => void resend(item.key)}>
                {i18n.t('outbox.quarantine.resend')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" disabled={!items.length} onClick={() => exportAll(items)}>
        {i18n.t('outbox.quarantine.export')}
      </button>
    </section>
  );
}
