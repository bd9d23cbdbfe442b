import { z } from 'zod';
import { CRM_IDS, type CrmId } from '../constants/crm';

export const crmIdSchema = z.enum(CRM_IDS);

/**
 * Every way a CRM call can fail, as one union the popup, options page and outbox all
 * understand. It crosses the messaging boundary, so it is a zod schema, not a class.
 */
export const crmErrorSchema = z.discriminatedUnion('code', [
  /** 401: key missing, wrong, revoked or expired. */
  z.object({ code: z.literal('auth'), crm: crmIdSchema, reason: z.enum(['missing', 'invalid', 'expired']) }),
  /** 403 naming the scope the key lacks (Syncro `required_permission`, Synax `write`/`read`). */
  z.object({ code: z.literal('missing_scope'), crm: crmIdSchema, scope: z.string() }),
  /** 403 for the whole account (Syncro `Conta inativa.`). */
  z.object({ code: z.literal('account_inactive'), crm: crmIdSchema }),
  /** 422/400: the CRM rejected fields; `fields` maps our field names to the CRM's messages. */
  z.object({
    code: z.literal('validation'),
    crm: crmIdSchema,
    message: z.string(),
    fields: z.record(z.string(), z.array(z.string())),
  }),
  /** Syncro's plan cap on the number of leads. */
  z.object({ code: z.literal('plan_limit'), crm: crmIdSchema, message: z.string() }),
  z.object({ code: z.literal('not_found'), crm: crmIdSchema }),
  /** 409: the CRM already holds a record with this phone (Synax, when it enforces it). */
  z.object({ code: z.literal('conflict'), crm: crmIdSchema, message: z.string() }),
  z.object({ code: z.literal('rate_limited'), crm: crmIdSchema, retryAfterSeconds: z.number().nonnegative() }),
  z.object({ code: z.literal('server'), crm: crmIdSchema, status: z.number().int() }),
  /** No answer at all: offline, DNS, refused or dropped connection. */
  z.object({ code: z.literal('network'), crm: crmIdSchema, offline: z.boolean() }),
  z.object({ code: z.literal('timeout'), crm: crmIdSchema, afterMs: z.number() }),
  /** An answer we cannot read (wrong shape, unexpected status). */
  z.object({ code: z.literal('unexpected'), crm: crmIdSchema, status: z.number().int().nullable(), detail: z.string() }),
  /** No key saved for this CRM. */
  z.object({ code: z.literal('not_configured'), crm: crmIdSchema }),
]);
export type CrmError = z.infer<typeof crmErrorSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: CrmError };

export const ok = <T>(data: T): Result<T> => ({ ok: true, data });
export const fail = <T = never>(error: CrmError): Result<T> => ({ ok: false, error });

/** Caught before any request: the CRM needs these fields. `required` is a message code the UI translates. */
export function requiredFields(crm: CrmId, ...fields: string[]): CrmError {
  return { code: 'validation', crm, message: 'required', fields: Object.fromEntries(fields.map((field) => [field, ['required']])) };
}
