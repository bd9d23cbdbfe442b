import { useState } from 'react';
import { HistoryPage } from '@/components/popup/HistoryPage';
import { PendingDeliveries } from './PendingDeliveries';
import './outbox.css';

/** The capture history, with the saves still on their way to a CRM above it. */
export function CapturesPage() {
  const [settled, setSettled] = useState(0);
  return <HistoryPage refreshKey={settled} outbox={<PendingDeliveries onSettled={() => setSettled((count) => count + 1)} />} />;
}
