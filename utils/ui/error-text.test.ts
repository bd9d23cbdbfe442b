import { describe, expect, it } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import type { AppError } from '../crm/app-error';
import { errorText, scopeText } from './error-text';

const errors: [AppError, string][] = [
  [{ code: 'auth', crm: 'syncro', reason: 'invalid' }, 'Syncro rejected the API key (wrong or revoked). Create a new key in Syncro and save it here.'],
  [{ code: 'auth', crm: 'synax', reason: 'expired' }, 'The Synax API key has expired. Create a new key in Synax and save it here.'],
  [
    { code: 'missing_scope', crm: 'syncro', scope: 'leads:write' },
    'The Syncro key lacks the “leads:write” permission. Give the key that permission in Syncro, or create a new key with it.',
  ],
  [{ code: 'missing_scope', crm: 'synax', scope: 'write' }, 'This Synax key is read-only, so contacts cannot be saved. Create a key with write permission.'],
  [{ code: 'account_inactive', crm: 'syncro' }, 'The Syncro account is inactive or suspended. Talk to your Syncro administrator.'],
  [
    { code: 'validation', crm: 'syncro', message: 'The name field is required.', fields: { name: ['The name field is required.'] } },
    'Syncro rejected the data: The name field is required.',
  ],
  [{ code: 'validation', crm: 'synax', message: 'required', fields: { phone: ['required'] } }, 'Fill in the required fields.'],
  [{ code: 'plan_limit', crm: 'syncro', message: 'Limite de leads do plano atingido.' }, "Your Syncro plan's lead limit has been reached."],
  [{ code: 'rate_limited', crm: 'synax', retryAfterSeconds: 29.2 }, 'Synax is receiving too many requests. Try again in 30 s.'],
  [{ code: 'server', crm: 'syncro', status: 502 }, 'Syncro is having problems (HTTP 502). Try again in a few minutes.'],
  [{ code: 'network', crm: 'syncro', offline: true }, 'You are offline. Check your connection and try again.'],
  [{ code: 'network', crm: 'synax', offline: false }, 'Could not reach Synax. Check your connection, VPN or firewall, and the base URL.'],
  [{ code: 'timeout', crm: 'syncro', afterMs: 15000 }, 'Syncro did not answer within 15 s. Try again.'],
  [{ code: 'unexpected', crm: 'synax', status: 200, detail: 'data: bad' }, 'Synax sent an answer we could not read (HTTP 200).'],
  [{ code: 'not_configured', crm: 'synax' }, "No Synax key saved yet. Add one in the extension's options."],
  [{ code: 'invalid_key', crm: 'syncro', problem: 'prefix' }, 'This is not a Syncro key: Syncro keys start with crm_.'],
  [{ code: 'invalid_base_url', crm: 'synax', problem: 'host' }, 'The base URL must be on api.synax.app.br.'],
  [{ code: 'invalid_key', crm: 'synax', problem: 'rebind' }, 'The base URL changed, so paste the Synax API key again. A saved key is only sent to the address it was saved for.'],
  [{ code: 'refused', crm: 'syncro', status: 405, message: 'Method Not Allowed' }, 'Syncro refused the request (HTTP 405): Method Not Allowed'],
  [{ code: 'lookup_unreliable', crm: 'synax' }, 'Synax ignored the search filter, so we could not check whether the record already exists.'],
  [{ code: 'internal' }, 'Something went wrong inside the extension. Reload it and try again.'],
];

describe('error texts', () => {
  it.each(errors)('%j reads as a sentence with what to do (en)', async (error, text) => {
    await useLocale('en');
    expect(errorText(error)).toBe(text);
  });

  it('speaks Portuguese in pt-BR', async () => {
    await useLocale('pt_BR');
    expect(errorText({ code: 'missing_scope', crm: 'synax', scope: 'write' })).toBe(
      'Esta chave do Synax é somente leitura, então não é possível salvar contatos. Crie uma chave com permissão de escrita.',
    );
    expect(scopeText('leads:write', 'save')).toBe('A chave não tem a permissão “leads:write”: não é possível salvar novos registros.');
  });
});
