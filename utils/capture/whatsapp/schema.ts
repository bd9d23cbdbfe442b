import { z } from 'zod';
import { CRM_IDS } from '../../constants/crm';
import { E164, e164OfDigits } from '../../phone/e164';
import { PHONE_UPDATE_STATES } from './note';
import { CHAT_KINDS, OUTCOMES, PHONE_WHYS, REACHED_BY, RESOLVERS } from './types';

/**
 * The background's check of what a WhatsApp content script sends (utils/messaging/protocol.ts).
 * The page can shape the DOM the reader walks, so everything is bounded and typed again here;
 * the content script itself never bundles zod.
 */
const e164 = z.string().regex(E164);
const jid = z.string().regex(/^[0-9A-Za-z.-]{1,40}@[a-z.]{1,20}$/);
const text = z.string().trim().min(1).max(200);
const resolver = z.enum(RESOLVERS);
/** A WhatsApp username without its `@`: the characters wa-js `getUsername` allows. */
const username = z.string().regex(/^[A-Za-z0-9_.]{1,35}$/);

/** A sender known only by the name on their messages (types.ts `Participant`). */
const nameKey = z
  .string()
  .regex(/^name:\S/)
  .max(205);
export const participantSchema = z.object({ key: z.union([jid, nameKey]), name: text.nullable(), phone: e164.nullable(), username: username.optional() });

const identitySchema = z.object({
  pushname: text.nullable(),
  username: username.nullable(),
  maskedPhone: z.string().max(40).nullable(),
  reachedBy: z.enum(REACHED_BY).nullable(),
});

/** note.ts `EarlierRecord`: built by the background from its own history. */
const earlierSchema = z.object({
  crm: z.enum(CRM_IDS),
  id: z.string().min(1).max(100),
  name: text,
  url: z.string().url(),
  savedAt: z.number(),
  update: z.enum(PHONE_UPDATE_STATES).nullable().optional(),
});

/** note.ts `WhatsappNote`, carried in a Capture to the popup. */
export const whatsappNoteSchema = z.object({
  phoneWhy: z.enum(PHONE_WHYS).nullable(),
  identity: identitySchema.nullable(),
  lid: jid.nullable(),
  report: z.string().max(2000),
  earlier: earlierSchema.nullable().optional(),
});

export const whatsappChatSchema = z.object({
  kind: z.enum(CHAT_KINDS),
  chatKey: jid.nullable(),
  name: text.nullable(),
  phone: e164.nullable(),
  waNumber: z
    .string()
    .refine((digits) => e164OfDigits(digits) !== null)
    .nullable(),
  phoneWhy: z.enum(PHONE_WHYS).nullable(),
  participants: z.array(participantSchema).max(50),
  sources: z.object({ chatKey: resolver.nullable(), name: resolver.nullable(), phone: resolver.nullable() }),
  attempts: z.array(z.object({ resolver, outcome: z.enum(OUTCOMES), value: z.string().max(200).optional(), reason: z.string().max(60).optional() })).max(12),
  identity: identitySchema.nullable(),
  build: z
    .string()
    .regex(/^\d{1,4}(\.\d{1,12}){1,3}$/)
    .nullable(),
});
