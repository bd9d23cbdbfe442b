import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import type { ValueOrigin } from '@/utils/capture/types';
import { ask } from '@/utils/messaging/client';
import type { ResponseOf } from '@/utils/messaging/protocol';
import { canShowOnPage, type OriginField } from '@/utils/popup/origins';
import './value-source.css';

const SHORT = {
  tel: () => i18n.t('provenance.short.tel'),
  wa: () => i18n.t('provenance.short.wa'),
  mailto: () => i18n.t('provenance.short.mailto'),
  jsonld: () => i18n.t('provenance.short.jsonld'),
  microdata: () => i18n.t('provenance.short.microdata'),
  hcard: () => i18n.t('provenance.short.hcard'),
  text: () => i18n.t('provenance.short.text'),
  selection: () => i18n.t('provenance.short.selection'),
  whatsapp: () => i18n.t('provenance.short.whatsapp'),
  site: () => i18n.t('provenance.short.site'),
} as const;

const FROM = {
  tel: () => i18n.t('provenance.from.tel'),
  wa: () => i18n.t('provenance.from.wa'),
  mailto: () => i18n.t('provenance.from.mailto'),
  jsonld: () => i18n.t('provenance.from.jsonld'),
  microdata: () => i18n.t('provenance.from.microdata'),
  hcard: () => i18n.t('provenance.from.hcard'),
  text: () => i18n.t('provenance.from.text'),
  cf: () => i18n.t('provenance.from.cf'),
  mobile: () => i18n.t('provenance.from.mobile'),
  service: () => i18n.t('provenance.from.service'),
  phone: () => i18n.t('provenance.from.phone'),
  selection: () => i18n.t('provenance.from.selection'),
  site: () => i18n.t('provenance.from.site'),
  whatsapp: () => i18n.t('provenance.from.whatsapp'),
  whatsappLabel: () => i18n.t('provenance.from.whatsappLabel'),
  store: () => i18n.t('provenance.from.store'),
  'message-ids': () => i18n.t('provenance.from.messageIds'),
  'send-url': () => i18n.t('provenance.from.sendUrl'),
  'header-title': () => i18n.t('provenance.from.headerTitle'),
  'chat-list': () => i18n.t('provenance.from.chatList'),
} as const;

const CONFIDENCE = {
  high: () => i18n.t('provenance.confidence.high'),
  medium: () => i18n.t('provenance.confidence.medium'),
  low: () => i18n.t('provenance.confidence.low'),
} as const;

const pick = <T extends Record<string, () => string>>(table: T, ...keys: (string | undefined)[]): string => {
  const key = keys.find((candidate): candidate is keyof T & string => candidate !== undefined && candidate in table);
  return key === undefined ? '' : table[key]!();
};

function describe(origin: ValueOrigin): { short: string; from: string } {
  // "whatsapp" as a via is the label before a phone in page text, not the chat itself.
  const via = origin.via === 'whatsapp' && origin.source !== 'whatsapp' ? 'whatsappLabel' : origin.via;
  const shortKey = origin.source === 'links' || origin.via === 'site' ? origin.via : origin.source;
  return { short: pick(SHORT, shortKey, origin.source), from: pick(FROM, via, origin.source) };
}

type ShowAnswer = ResponseOf<'SHOW_ON_PAGE'> | 'failed';

const STRUCTURED = new Set(['jsonld', 'microdata', 'hcard']);

function answerText(answer: ShowAnswer, origin: ValueOrigin): string {
  if (answer === 'shown') return i18n.t('provenance.shown');
  if (answer === 'hidden') return i18n.t('provenance.hidden');
  if (answer === 'absent') return STRUCTURED.has(origin.source) ? i18n.t('provenance.structuredOnly') : i18n.t('provenance.absent');
  return i18n.t('provenance.unreachable');
}

interface ValueSourceProps {
  origin: ValueOrigin | null;
  field: OriginField;
  value: string;
  /** The page's tab, when the popup knows it: "show on page" needs it. */
  tabId: number | null;
}

/** A field's provenance, on its label line: a small badge (source, confidence in its tooltip) and "show on page". */
export function ValueSource({ origin, field, value, tabId }: ValueSourceProps) {
  const [answer, setAnswer] = useState<ShowAnswer | null>(null);
  useEffect(() => setAnswer(null), [value]);
  if (origin === null) return null;
  const { short, from } = describe(origin);
  const tooltip = i18n.t('provenance.tooltip', [from, CONFIDENCE[origin.confidence]()]);
  async function show() {
    const reply = await ask('SHOW_ON_PAGE', { tabId: tabId!, kind: field, value });
    setAnswer(reply.ok ? reply.data : 'failed');
  }
  return (
    <>
      <span className="origin" data-confidence={origin.confidence} title={tooltip} data-origin={`${origin.source}${origin.via ? `:${origin.via}` : ''}`}>
        <span aria-hidden="true">{short}</span>
        <span className="origin-described">{tooltip}</span>
      </span>
      {tabId !== null && canShowOnPage(origin) && (
        <button type="button" className="origin-show" title={i18n.t('provenance.show')} aria-label={i18n.t('provenance.showValue', [value])} onClick={() => void show()}>
          <span aria-hidden="true">⌖</span>
        </button>
      )}
      {answer !== null && (
        <span role="status" className="origin-answer">
          {answerText(answer, origin)}
        </span>
      )}
    </>
  );
}
