import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

// Kept apart from protocol.ts so pages that only send messages do not bundle the zod schemas.
// No logger: message data may hold captured personal data or, for SAVE_CONNECTION, a key.
export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: undefined });
