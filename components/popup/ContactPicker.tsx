import { useId } from 'react';
import { i18n } from '#i18n';
import type { Capture } from '@/utils/capture/types';
import { contactSummary } from '@/utils/popup/form';

const SHOWN = 8;

/** The other people found on the page, one click away. Captured text is rendered as text only. */
export function ContactPicker({ capture, selected, country, onPick }: { capture: Capture; selected: number; country: string; onPick: (index: number) => void }) {
  const headingId = useId();
  if (capture.contacts.length < 2) return null;
  return (
    <section className="contacts" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {i18n.t('popup.contacts')} ({capture.contacts.length})
      </h2>
      <ul>
        {capture.contacts.slice(0, SHOWN).map((contact, index) => {
          const { title, detail } = contactSummary(contact, country);
          return (
            <li key={index}>
              <button type="button" className="contact" aria-pressed={index === selected} onClick={() => onPick(index)}>
                <span className="contact-name">{title}</span>
                {detail && <span className="muted"> {detail}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
