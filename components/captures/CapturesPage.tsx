import { useState } from 'react';
import { i18n } from '#i18n';
import { CaptureList } from './CaptureList';
import { PendingDeliveries } from './PendingDeliveries';
import './captures.css';

/** The captures page: the saves still on their way to a CRM, then every capture sent, searchable. */
export function CapturesPage() {
  const [settled, setSettled] = useState(0);
  return (
    <main className="captures">
      <h1>{i18n.t('captures.title')}</h1>
      <p className="intro">{i18n.t('captures.intro')}</p>
      <PendingDeliveries onSettled={() => setSettled((count) => count + 1)} />
      <CaptureList refreshKey={settled} />
    </main>
  );
}
