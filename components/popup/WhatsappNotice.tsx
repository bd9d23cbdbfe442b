import { useState } from 'react';
import { i18n } from '#i18n';
import type { WhatsappNote } from '@/utils/capture/whatsapp/note';
import { REACHED_KEYS, whoLine, whyText } from '@/utils/popup/whatsapp-note';

/**
 * A WhatsApp capture without a number: who WhatsApp says it is, why the number is missing, in
 * the rep's words, and the read's record to copy for support. Captured text is rendered as text.
 */
export function WhatsappNotice({ note, synax }: { note: WhatsappNote | undefined; synax: boolean }) {
  const [copied, setCopied] = useState(false);
  if (!note?.phoneWhy) return null;
  const who = note.phoneWhy === 'lid' ? whoLine(note.identity, i18n.t('popup.whatsapp.numberHidden'), (reached) => i18n.t(REACHED_KEYS[reached])) : null;
  async function copy() {
    const header = `CRM Capture ${browser.runtime.getManifest().version}`;
    await navigator.clipboard.writeText(`${header}\n${note!.report}`);
    setCopied(true);
  }
  return (
    <div className="notice whatsapp-notice" role="note">
      {who && <p className="whatsapp-who">{who}</p>}
      <p>{whyText(note.phoneWhy, i18n.t)}</p>
      {/* Said before Save: validation keeps the request from ever reaching Synax. */}
      {synax && note.phoneWhy === 'lid' && <p>{i18n.t('popup.whatsapp.synaxNeedsPhone')}</p>}
      <button type="button" className="link" onClick={() => void copy()}>
        {copied ? i18n.t('popup.whatsapp.copied') : i18n.t('popup.whatsapp.copyDetails')}
      </button>
    </div>
  );
}
