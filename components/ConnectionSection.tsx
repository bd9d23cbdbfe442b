import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { i18n } from '#i18n';
import { ALLOW_LOOPBACK } from '@/utils/build-flags';
import { checkApiKey, checkBaseUrl } from '@/utils/crm/config';
import { CRM_LABELS, type CrmId } from '@/utils/constants/crm';
import type { ConnectionReport } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import type { ConnectionStatus, Reply } from '@/utils/messaging/protocol';
import type { AppError } from '@/utils/crm/app-error';
import { errorText, scopeText } from '@/utils/ui/error-text';

interface Outcome {
  tone: 'ok' | 'warn' | 'error' | 'busy';
  lines: string[];
}

function reportOutcome(report: ConnectionReport): Outcome {
  const headline = report.accountName ? i18n.t('options.connected', [report.accountName, report.plan ?? '—']) : i18n.t('options.connectedNoName');
  const scopes = report.missingScopes.map(({ scope, blocks }) => scopeText(scope, blocks));
  return { tone: scopes.length ? 'warn' : 'ok', lines: [headline, ...scopes] };
}

const errorOutcome = (error: AppError): Outcome => ({ tone: 'error', lines: [errorText(error)] });

function lastTestOutcome(status: ConnectionStatus): Outcome | null {
  const { lastTest } = status;
  if (!lastTest) return null;
  const outcome = lastTest.report ? reportOutcome(lastTest.report) : lastTest.error ? errorOutcome(lastTest.error) : null;
  return outcome && { ...outcome, lines: [...outcome.lines, i18n.t('options.lastTest', [new Date(lastTest.at).toLocaleString()])] };
}

/** Key, base URL, Save / Test connection / Remove for one CRM, then the CRM's own settings (`children`). The key is write-only here. */
export function ConnectionSection({ status, onChange, children }: { status: ConnectionStatus; onChange: (status: ConnectionStatus) => void; children?: ReactNode }) {
  const crm: CrmId = status.crm;
  const label = CRM_LABELS[crm];
  const ids = { heading: useId(), key: useId(), keyHelp: useId(), url: useId(), urlHelp: useId() };
  const [apiKey, setApiKey] = useState('');
  const [baseUrl, setBaseUrl] = useState(status.baseUrl);
  const [fieldError, setFieldError] = useState<{ field: 'key' | 'url'; text: string } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(() => lastTestOutcome(status));

  async function run<T>(pending: Outcome | null, action: () => Promise<Reply<T>>, done: (data: T) => Outcome | null) {
    setOutcome(pending);
    const reply = await action();
    setOutcome(reply.ok ? done(reply.data) : errorOutcome(reply.error));
  }

  function onSave(event: FormEvent) {
    event.preventDefault();
    const urlChanged = baseUrl.trim() !== status.baseUrl;
    const keyProblem = apiKey.trim() || !status.configured ? checkApiKey(crm, apiKey.trim()) : urlChanged ? 'rebind' : null;
    const urlProblem = checkBaseUrl(crm, baseUrl.trim(), ALLOW_LOOPBACK);
    if (keyProblem) return setFieldError({ field: 'key', text: errorText({ code: 'invalid_key', crm, problem: keyProblem }) });
    if (urlProblem) return setFieldError({ field: 'url', text: errorText({ code: 'invalid_base_url', crm, problem: urlProblem }) });
    setFieldError(null);
    void run(
      null,
      () => ask('SAVE_CONNECTION', { crm, apiKey: apiKey.trim() || null, baseUrl: baseUrl.trim() }),
      (saved) => {
        setApiKey('');
        onChange(saved);
        return { tone: 'ok', lines: [i18n.t('options.saved')] };
      },
    );
  }

  const onTest = () => run({ tone: 'busy', lines: [i18n.t('options.testing')] }, () => ask('TEST_CONNECTION', { crm }), reportOutcome);

  const onRemove = () =>
    run(
      null,
      () => ask('REMOVE_CONNECTION', { crm }),
      (removed) => {
        onChange(removed);
        return { tone: 'ok', lines: [i18n.t('options.removed')] };
      },
    );

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{label}</h2>
      <form onSubmit={onSave} noValidate>
        <label htmlFor={ids.key}>{i18n.t('options.apiKey', [label])}</label>
        <input
          id={ids.key}
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={apiKey}
          placeholder={status.configured ? i18n.t('options.keyPlaceholderKeep') : i18n.t('options.keyPlaceholderNew')}
          aria-invalid={fieldError?.field === 'key'}
          aria-describedby={ids.keyHelp}
          onChange={(event) => setApiKey(event.target.value)}
        />
        <div id={ids.keyHelp} className="help">
          {fieldError?.field === 'key' && <p className="field-error">{fieldError.text}</p>}
          <p className="key-hint">{status.keyHint ? i18n.t('options.keySaved', [status.keyHint]) : i18n.t('options.noKey')}</p>
          <p>{i18n.t(`options.getKey.${crm}`)}</p>
        </div>

        <label htmlFor={ids.url}>{i18n.t('options.baseUrl', [label])}</label>
        <input
          id={ids.url}
          type="url"
          value={baseUrl}
          readOnly={status.baseUrlManaged}
          aria-invalid={fieldError?.field === 'url'}
          aria-describedby={ids.urlHelp}
          onChange={(event) => setBaseUrl(event.target.value)}
        />
        <div id={ids.urlHelp} className="help">
          {fieldError?.field === 'url' && <p className="field-error">{fieldError.text}</p>}
          {status.baseUrlManaged && <p>{i18n.t('options.managed')}</p>}
        </div>

        <div className="actions">
          <button type="submit">{i18n.t('options.save')}</button>
          <button type="button" onClick={onTest} disabled={!status.configured}>
            {i18n.t('options.test')}
          </button>
          <button type="button" className="danger" onClick={onRemove} disabled={!status.configured}>
            {i18n.t('options.remove')}
          </button>
        </div>
      </form>
      <div role="status" className={`outcome ${outcome?.tone ?? ''}`}>
        {outcome?.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {children}
    </section>
  );
}
