import { i18n } from '#i18n';
import type { RecordChange } from '@/utils/constants/crm';

const CHANGE_TEXT = {
  phone_set: 'recordUpdate.phoneSet',
  phone_added: 'recordUpdate.phoneAdded',
  email_set: 'recordUpdate.emailSet',
  email_added: 'recordUpdate.emailAdded',
  notes_added: 'recordUpdate.notesAdded',
} as const satisfies Record<RecordChange, string>;

/** What "Update instead" did to the record's phone, e-mail and notes ("WhatsApp number added; existing phone kept"). */
export function UpdateChanges({ changes, whatsapp }: { changes: readonly RecordChange[] | undefined; whatsapp: boolean }) {
  if (!changes?.length) return null;
  const text = changes.map((change) => i18n.t(change === 'phone_added' && whatsapp ? 'recordUpdate.whatsappAdded' : CHANGE_TEXT[change])).join(' ');
  return <p className="update-changes">{text}</p>;
}
