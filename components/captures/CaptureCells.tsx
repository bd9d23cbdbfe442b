import { i18n } from '#i18n';
import { CRM_LABELS, type CrmId } from '@/utils/constants/crm';
import { hostOf } from '@/utils/popup/text';

/** The headings of the columns both tables of the captures page start with. */
export function CaptureHeadings() {
  return (
    <>
      <th scope="col">{i18n.t('captures.when')}</th>
      <th scope="col">{i18n.t('captures.person')}</th>
      <th scope="col">{i18n.t('captures.from')}</th>
      <th scope="col">{i18n.t('captures.crm')}</th>
    </>
  );
}

interface CaptureCellsProps {
  at: number;
  name: string;
  phone: string | null | undefined;
  email: string | null;
  page: { url: string; title: string };
  crm: CrmId;
}

let dateTime: Intl.DateTimeFormat | undefined;

/** When, who (name, phone, e-mail), from which page, to which CRM: as text, never markup. */
export function CaptureCells({ at, name, phone, email, page, crm }: CaptureCellsProps) {
  dateTime ??= new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <>
      <td>{dateTime.format(at)}</td>
      <td>
        <strong>{name}</strong>
        <br />
        <span className="muted">{[phone, email].filter(Boolean).join(' · ')}</span>
      </td>
      <td title={page.url}>{page.title || hostOf(page.url) || '—'}</td>
      <td>{CRM_LABELS[crm]}</td>
    </>
  );
}
