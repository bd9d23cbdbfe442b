import { i18n } from '#i18n';
import { CRM_CONFIG } from '../crm/config';
import { CONTACT_LIMITS, CRM_LABELS, type CrmId } from '../constants/crm';
import type { ScopeEffect } from '../crm/provider';
import type { AppError } from '../crm/app-error';

const label = (crm: CrmId) => CRM_LABELS[crm];

/** One translated sentence per error, saying what happened and what to do. */
export function errorText(error: AppError): string {
  switch (error.code) {
    case 'auth':
      return i18n.t(`error.auth.${error.reason}`, [label(error.crm)]);
    case 'missing_scope':
      // Synax scopes are plain read/write; a key without write is the common "read-only" case.
      return error.crm === 'synax' && error.scope === 'write' ? i18n.t('error.readOnly', [label(error.crm)]) : i18n.t('error.missingScope', [label(error.crm), error.scope]);
    case 'account_inactive':
      return i18n.t('error.accountInactive', [label(error.crm)]);
    case 'validation':
      if (error.message === 'notes_full') return i18n.t('recordUpdate.notesFull', [label(error.crm), CONTACT_LIMITS.notes]);
      return error.message === 'required' ? i18n.t('error.required') : i18n.t('error.validation', [label(error.crm), validationSummary(error)]);
    case 'plan_limit':
      return i18n.t('error.planLimit', [label(error.crm)]);
    case 'not_found':
      return i18n.t('error.notFound', [label(error.crm)]);
    case 'conflict':
      return i18n.t('error.conflict', [label(error.crm)]);
    case 'rate_limited':
      return i18n.t('error.rateLimited', [label(error.crm), Math.ceil(error.retryAfterSeconds)]);
    case 'server':
      return i18n.t('error.server', [label(error.crm), error.status]);
    case 'network':
      return error.offline ? i18n.t('error.offline') : i18n.t('error.network', [label(error.crm)]);
    case 'timeout':
      return i18n.t('error.timeout', [label(error.crm), Math.round(error.afterMs / 1000)]);
    case 'refused':
      return error.message ? i18n.t('error.refused', [label(error.crm), error.status, error.message]) : i18n.t('error.refusedSilent', [label(error.crm), error.status]);
    case 'lookup_unreliable':
      return i18n.t('error.lookupUnreliable', [label(error.crm)]);
    case 'unexpected':
      return i18n.t('error.unexpected', [label(error.crm), error.status === null ? error.detail : `HTTP ${error.status}`]);
    case 'not_configured':
      return i18n.t('error.notConfigured', [label(error.crm)]);
    case 'invalid_key':
      return error.problem === 'prefix'
        ? i18n.t('error.invalidKey.prefix', [label(error.crm), CRM_CONFIG[error.crm].keyPrefix])
        : i18n.t(`error.invalidKey.${error.problem}`, [label(error.crm)]);
    case 'invalid_base_url':
      if (error.problem === 'https') return i18n.t('error.invalidBaseUrl.https');
      return error.problem === 'host'
        ? i18n.t('error.invalidBaseUrl.host', [CRM_CONFIG[error.crm].apiHost])
        : i18n.t('error.invalidBaseUrl.invalid', [CRM_CONFIG[error.crm].defaultBaseUrl]);
    case 'bad_request':
    case 'forbidden_sender':
    case 'internal':
      return i18n.t('error.internal');
  }
}

function validationSummary(error: Extract<AppError, { code: 'validation' }>): string {
  const messages = Object.values(error.fields).flat();
  return messages.length ? messages.join(' ') : error.message;
}

export function scopeText(scope: string, blocks: ScopeEffect): string {
  return i18n.t('scope.missing', [scope, i18n.t(`scope.blocks.${blocks}`)]);
}
