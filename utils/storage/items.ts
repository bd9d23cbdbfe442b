import { lastTestsItem } from './connection-tests';
import type { StoredItem } from './define';
import { draftItem, rememberedItem } from './drafts';
import { handedCapturesItem, pendingOfferItem } from './handed-captures';
import { historyItem } from './history';
import { holdsItem, quarantineItem } from './outbox';
import { settingsItem } from './settings';
import { syncroMetaItem } from './syncro-meta';
import { followUpMetaItem } from './follow-up-meta';

/**
 * Everything the extension stores, in one list: each item's key, format version and schema
 * are in its defineStoredItem call, and every read is parsed (bad data becomes the fallback).
 * Add a new item here (items.test.ts fails otherwise); bump its version with a migration and
 * a test.
 *
 * Not here: the outbox's entries (`local:outbox/<id>`, one per delivery, with their own format
 * and migrations in utils/outbox/store.ts) and the API keys (IndexedDB, read only by
 * utils/background/credentials.ts).
 */
export const STORED_ITEMS: readonly StoredItem<unknown>[] = [
  settingsItem,
  historyItem,
  syncroMetaItem,
  followUpMetaItem,
  rememberedItem,
  lastTestsItem,
  holdsItem,
  quarantineItem,
  handedCapturesItem,
  pendingOfferItem,
];

/** Items stored once per id, by key prefix. */
export const STORED_FAMILIES: readonly { prefix: string; item: (id: string) => StoredItem<unknown> }[] = [{ prefix: 'session:draft/', item: draftItem }];
