import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { ConnectionSection } from '@/components/ConnectionSection';
import { DefaultsSection } from '@/components/DefaultsSection';
import { SyncroIdentityField } from '@/components/SyncroIdentityField';
import { ask } from '@/utils/messaging/client';
import type { ConnectionStatus } from '@/utils/messaging/protocol';
import type { AppError } from '@/utils/crm/app-error';
import { loadSettings, type EffectiveSettings } from '@/utils/storage/settings';
import { errorText } from '@/utils/ui/error-text';

type Connections = Record<ConnectionStatus['crm'], ConnectionStatus>;

export function App() {
  const [connections, setConnections] = useState<Connections | null>(null);
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  const [loadError, setLoadError] = useState<AppError | null>(null);

  useEffect(() => {
    void ask('GET_CONNECTIONS').then((reply) => (reply.ok ? setConnections(reply.data) : setLoadError(reply.error)));
    void loadSettings().then(setSettings);
  }, []);

  const onConnectionChange = (status: ConnectionStatus) => {
    setConnections((current) => current && { ...current, [status.crm]: status });
    void loadSettings().then(setSettings);
  };

  return (
    <main>
      <h1>{i18n.t('options.title')}</h1>
      <p className="intro">{i18n.t('options.intro')}</p>
      {loadError && <p role="alert">{errorText(loadError)}</p>}
      {connections && (
        <>
          <ConnectionSection status={connections.syncro} onChange={onConnectionChange}>
            {connections.syncro.configured && settings && (
              <SyncroIdentityField key={`${connections.syncro.baseUrl}|${connections.syncro.keyHint}`} settings={settings} onChange={setSettings} />
            )}
          </ConnectionSection>
          <ConnectionSection status={connections.synax} onChange={onConnectionChange} />
        </>
      )}
      {settings && <DefaultsSection key={JSON.stringify(settings)} settings={settings} onChange={setSettings} />}
    </main>
  );
}
