import { z } from 'zod';
import { crmErrorSchema, crmIdSchema } from './errors';

// Here rather than in messaging/protocol.ts: stored data (the last connection test) and the UI's
// error sentences need the union too, and neither may depend on the message protocol.

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
