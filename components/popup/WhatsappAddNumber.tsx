import { useState } from 'react';
import { i18n } from '#i18n';
import type { AppError } from '@/utils/crm/app-error';
import type { WhatsappNote } from '@/utils/capture/whatsapp/note';
import { CRM_LABELS } from '@/utils/constants/crm';
import type { SavedRecord } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import { queuedLine } from '@/utils/outbox/describe';
import type { DeliveryView } from '@/utils/outbox/schema';
import { readablePhone } from '@/utils/phone/parse';
import { ErrorText } from './ErrorText';

type State =
  { kind: 'offer' } | { kind: 'adding' } | { kind: 'added'; record: SavedRecord | null } | { kind: 'queued'; delivery: DeliveryView } | { kind: 'failed'; error: AppError };

interface Props {
  note: WhatsappNote | undefined;
  /** The number WhatsApp shows now (E.164). */
  phone: string | null;
  page: { url: string; title: string };
  country: string;
}

/** "saved in Syncro on 5 Dec 2026": which record, for the rep. */
const savedOn = (at: number) => new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'medium' }).format(at);

/**
 * Issue 19: this LID chat was saved earlier without a number, and WhatsApp shows it now. One
 * button adds it to that record through the outbox, as an update of the phone alone (retried,
 * never sent twice); the record's other fields stay as the rep left them in the CRM. When the
 * outbox already has that update (an earlier open), it says so instead of offering it again.
 */
export function WhatsappAddNumber({ note, phone, page, country }: Props) {
  const [state, setState] = useState<State>({ kind: 'offer' });
  const earlier = note?.earlier;
  if (!earlier || !phone) return null;
  const label = CRM_LABELS[earlier.crm];

  async function add() {
    setState({ kind: 'adding' });
    const contact = { name: earlier!.name, phones: [phone!], email: null, company: null, notes: null, tags: [], source: null };
    const reply = await ask('SAVE_RECORD', {
      crm: earlier!.crm,
      draft: { contact },
      mode: { kind: 'update', id: earlier!.id, only: 'phone' },
      destination: earlier!.crm,
      page,
      draftKey: null,
      deliveryId: crypto.randomUUID(),
      existingIds: [],
      checkDuplicates: false,
      followUp: null,
      lid: note?.lid ?? null,
    });
    if (!reply.ok) return setState({ kind: 'failed', error: reply.error });
    const delivery = reply.data;
    if (delivery.state === 'delivered') setState({ kind: 'added', record: delivery.record });
    else if (delivery.state === 'needs_attention' || delivery.state === 'discarded') setState({ kind: 'failed', error: delivery.lastError ?? { code: 'internal' } });
    else setState({ kind: 'queued', delivery });
  }

  return (
    <div className="notice whatsapp-add-number" role="region" aria-label={i18n.t('popup.whatsapp.addNumber')}>
      <p>{i18n.t('popup.whatsapp.earlier', [label, earlier.name, readablePhone(phone, country)])}</p>
      {state.kind === 'offer' && earlier.update && (
        <p>{i18n.t(earlier.update === 'underway' ? 'phoneUpdate.underway' : 'phoneUpdate.needsYou', [label, earlier.name, savedOn(earlier.savedAt)])}</p>
      )}
      {state.kind === 'offer' && !earlier.update && (
        <button type="button" onClick={() => void add()}>
          {i18n.t('popup.whatsapp.addNumber')}
        </button>
      )}
      {state.kind === 'adding' && <p>{i18n.t('popup.whatsapp.adding', [label])}</p>}
      {state.kind === 'added' && (
        <p>
          {i18n.t('popup.whatsapp.added', [label, earlier.name])}{' '}
          <a href={state.record?.url ?? earlier.url} target="_blank" rel="noreferrer">
            {i18n.t('popup.openIn', [label])}
          </a>
        </p>
      )}
      {state.kind === 'queued' && <p>{queuedLine(state.delivery)}</p>}
      {state.kind === 'failed' && (
        <p className="outcome error" role="alert">
          <ErrorText error={state.error} />
        </p>
      )}
    </div>
  );
}
