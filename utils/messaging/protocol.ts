import { defineExtensionMessaging } from '@webext-core/messaging';
import { z } from 'zod';
import { crmErrorSchema, crmIdSchema } from '../crm/errors';
import { connectionReportSchema } from '../crm/provider';
import type { SenderKind } from './sender';

/** Failures that happen on our side of the wire, before or instead of a CRM call. */
const localErrorSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('invalid_key'), crm: crmIdSchema, problem: z.enum(['empty', 'prefix', 'format']) }),
  z.object({ code: z.literal('invalid_base_url'), crm: crmIdSchema, problem: z.enum(['invalid', 'https', 'host']) }),
  /** Malformed message, or sent by a context that may not send it. */
  z.object({ code: z.literal('bad_request') }),
  z.object({ code: z.literal('forbidden_sender') }),
  /** The background could not be reached or failed unexpectedly. */
  z.object({ code: z.literal('internal') }),
]);
export const appErrorSchema = z.union([crmErrorSchema, localErrorSchema]);
export type AppError = z.infer<typeof appErrorSchema>;

export type Reply<T> = { ok: true; data: T } | { ok: false; error: AppError };

/** What pages may know of a connection: never the key, only the vendor-style hint. */
export const connectionStatusSchema = z.object({
  crm: crmIdSchema,
  configured: z.boolean(),
  keyHint: z.string().nullable(),
  baseUrl: z.string(),
  baseUrlManaged: z.boolean(),
  lastTest: z
    .object({ at: z.number(), report: connectionReportSchema.nullable(), error: appErrorSchema.nullable() })
    .nullable(),
});
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

const crmOnly = z.object({ crm: crmIdSchema });

function message<Req extends z.ZodType, Res extends z.ZodType>(definition: { request: Req; response: Res; from: SenderKind[] }) {
  return definition;
}

/** Every message between pages/content scripts and the background: request, response, allowed senders. */
export const protocol = {
  GET_CONNECTIONS: message({
    request: z.undefined(),
    response: z.object({ syncro: connectionStatusSchema, synax: connectionStatusSchema }),
    from: ['extension-page'],
  }),
  SAVE_CONNECTION: message({
    /** `apiKey: null` keeps the saved key (e.g. when only the base URL changes). */
    request: z.object({ crm: crmIdSchema, apiKey: z.string().trim().nullable(), baseUrl: z.string().trim() }),
    response: connectionStatusSchema,
    from: ['extension-page'],
  }),
  REMOVE_CONNECTION: message({ request: crmOnly, response: connectionStatusSchema, from: ['extension-page'] }),
  TEST_CONNECTION: message({ request: crmOnly, response: connectionReportSchema, from: ['extension-page'] }),
};

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.output<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof protocol)[N]['response']>;

type ProtocolMap = { [N in MessageName]: (data: z.input<(typeof protocol)[N]['request']>) => Reply<ResponseOf<N>> };

// No logger: message data may hold captured personal data or, for SAVE_CONNECTION, a key.
export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
