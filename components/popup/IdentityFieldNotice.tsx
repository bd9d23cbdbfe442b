import { i18n } from '#i18n';
import type { WhatsappNote } from '@/utils/capture/whatsapp/note';
import { identityFieldChoices } from '@/utils/crm/syncro/identity-field';
import { identityFieldGone } from '@/utils/popup/identity-field';
import type { SyncroMetaState } from './use-syncro-meta';

/**
 * The Syncro field the admin mapped to the WhatsApp username is no longer an active text field:
 * Syncro would silently drop the value (syncro.md §7.4), so it is not sent and the rep is told it
 * stays in the notes (issue 19).
 */
export function IdentityFieldNotice({ field, note, meta }: { field: string | null; note: WhatsappNote | undefined; meta: SyncroMetaState }) {
  const choices = meta.meta && !meta.warning ? identityFieldChoices(meta.meta.customFields) : null;
  if (!field || !identityFieldGone(field, note, choices)) return null;
  return <p className="warn-text">{i18n.t('identityField.gone', [field])}</p>;
}
