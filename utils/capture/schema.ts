import { z } from 'zod';
import { CAPTURE_LIMITS } from '../constants/capture';
import { FINDING_SOURCES } from './types';
import { whatsappNoteSchema } from './whatsapp/schema';

// The background's check of a capture it hands on or keeps (protocol.ts, storage); the page
// side never bundles zod.

/** A value's provenance (ValueOrigin in types.ts). */
const originSchema = z.object({
  source: z.enum([...FINDING_SOURCES, 'whatsapp']),
  via: z.string().max(20).optional(),
  confidence: z.enum(['high', 'medium', 'low']),
});

/** A normalised capture (see utils/capture/types.ts `Capture`): phones E.164, e-mails lower-case. */
export const captureSchema = z.object({
  url: z.string(),
  title: z.string(),
  contacts: z.array(
    z.object({
      name: z.string().nullable(),
      company: z.string().nullable(),
      phones: z.array(z.string()),
      emails: z.array(z.string()),
      sources: z.array(z.enum(FINDING_SOURCES)),
      whatsapp: z.array(z.string()),
      unreadPhones: z.array(z.string()).optional(),
      origins: z.record(z.string(), originSchema).optional(),
      nameOrigin: originSchema.optional(),
    }),
  ),
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  whatsapp: whatsappNoteSchema.optional(),
  selectionNote: z.string().max(CAPTURE_LIMITS.selectionNote).optional(),
});
