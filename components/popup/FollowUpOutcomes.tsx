import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { ask } from '@/utils/messaging/client';
import { attentionText, retryReason } from '@/utils/outbox/describe';
import type { DeliveryView } from '@/utils/outbox/schema';
import { FOLLOW_MS } from './use-save-flow';

const settled = (delivery: DeliveryView) => delivery.state === 'delivered' || delivery.state === 'discarded' || delivery.state === 'needs_attention';

function FollowUpLine({ delivery }: { delivery: DeliveryView }) {
  const followUp = delivery.followUp;
  if (!followUp) return null;
  const named = i18n.t(followUp.kind === 'task' ? 'followUp.taskNamed' : 'followUp.dealNamed', [followUp.title]);
  if (delivery.state === 'delivered') {
    return (
      <p>
        {i18n.t(followUp.kind === 'task' ? 'followUp.created' : 'followUp.dealCreated')}: {named}
        {followUp.created && (
          <>
            {' · '}
            <a href={followUp.created.url} target="_blank" rel="noreferrer">
              {i18n.t(followUp.kind === 'task' ? 'followUp.openTask' : 'followUp.openDeal')}
            </a>
          </>
        )}
      </p>
    );
  }
  const problem = delivery.state === 'needs_attention' ? attentionText(delivery) : delivery.lastError ? retryReason(delivery.lastError) : null;
  return (
    <p className={delivery.state === 'needs_attention' ? 'field-error' : undefined}>
      {named} · {problem ? i18n.t('followUp.problem', [problem]) : i18n.t('followUp.sentAfter')}
    </p>
  );
}

/** Where the follow-ups sent with this popup's saves stand; followed until each has an answer. */
export function FollowUpOutcomes({ ids }: { ids: string[] }) {
  const [deliveries, setDeliveries] = useState<DeliveryView[]>([]);
  const pending = ids.filter((id) => !deliveries.some((delivery) => delivery.id === id && settled(delivery))).join(' ');
  useEffect(() => {
    if (!pending) return;
    const read = async () => {
      const reply = await ask('OUTBOX_STATUS', { ids: pending.split(' ') });
      if (reply.ok) setDeliveries((current) => [...current.filter((old) => !reply.data.deliveries.some((fresh) => fresh.id === old.id)), ...reply.data.deliveries]);
    };
    void read();
    const timer = setInterval(() => void read(), FOLLOW_MS);
    return () => clearInterval(timer);
  }, [pending]);
  if (!deliveries.length) return null;
  return (
    <div className="outcomes follow-up-outcomes" role="status">
      {ids.map((id) => {
        const delivery = deliveries.find((candidate) => candidate.id === id);
        return delivery ? <FollowUpLine key={id} delivery={delivery} /> : null;
      })}
    </div>
  );
}
