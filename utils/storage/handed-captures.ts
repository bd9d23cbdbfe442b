import { z } from 'zod';
import { captureSchema } from '../capture/schema';
import { defineStoredItem } from './define';

/** Captures handed to a popup by the context menu or the WhatsApp button, kept for this browser session. */
export const MAX_HANDED_CAPTURES = 20;

const handedSchema = z.array(z.object({ id: z.string(), capture: captureSchema })).max(MAX_HANDED_CAPTURES);
export const handedCapturesItem = defineStoredItem('session:handedCaptures', { version: 1, schema: handedSchema, fallback: [] });

/** A capture waiting for the toolbar popup of a tab, which opens without a query string. */
const offerSchema = z.object({ tabId: z.number().int(), captureId: z.string(), at: z.number() }).nullable();
export const pendingOfferItem = defineStoredItem('session:pendingOffer', { version: 1, schema: offerSchema, fallback: null });
